package io.meetingmemo.bench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The machine a run measured: processors, memory, CPU model, operating system, JDK, and how busy it was. */
public record Machine(int processors, long memoryBytes, String cpu, String os, String jdk, double loadAverageAtStart) {
    public static Machine current() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Machine(Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize(), cpuModel().orElse("unknown"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                os.getSystemLoadAverage());
    }

    private static Optional<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public String toMarkdown() {
        return String.format(Locale.ROOT, "%d cores (%s), %.0f GB memory, %s, %s", processors, cpu, memoryBytes / 1e9, os, jdk);
    }

    /** The one-minute load average now. */
    public static double loadAverage() { return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(); }
}
