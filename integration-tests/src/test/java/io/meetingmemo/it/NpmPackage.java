package io.meetingmemo.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A package from the npm registry, installed once under a folder of target/ for the tests that need it (third-party
 * clients and test data). Without npm the calling test is skipped with the reason given; a failed install fails it
 * with npm's log.
 */
public final class NpmPackage {
    private NpmPackage() {}

    /**
     * Installs {@code spec} (e.g. {@code confluence.js@1.7.4}) under {@code prefix} unless {@code expectedFile} is
     * already there.
     *
     * @param whatIsSkipped the end of the skip message: what cannot run without the package
     */
    public static void install(Path prefix, String spec, Path expectedFile, String whatIsSkipped) {
        if (Files.isRegularFile(expectedFile)) return;
        String npm = System.getProperty("os.name").toLowerCase().contains("win") ? "npm.cmd" : "npm";
        Path log = prefix.resolve("npm-install.log");
        Process process;
        try {
            Files.createDirectories(prefix);
            process = new ProcessBuilder(npm, "install", "--no-save", "--ignore-scripts", "--no-audit", "--no-fund",
                    "--loglevel=error", "--prefix", prefix.toString(), spec)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            Assumptions.abort("npm is not installed (" + e.getMessage() + "): " + spec + " cannot be installed, so " + whatIsSkipped);
            throw new AssertionError(e);
        }
        try {
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("npm install " + spec + " did not finish in 5 minutes; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(expectedFile)) {
            String output;
            try {
                output = Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                output = "(no log)";
            }
            throw new AssertionError("npm install " + spec + " failed (exit " + process.exitValue() + "): " + output);
        }
    }
}
