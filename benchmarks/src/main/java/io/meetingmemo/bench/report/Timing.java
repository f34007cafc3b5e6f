package io.meetingmemo.bench.report;

import io.meetingmemo.bench.jmh.CpuTimeProfiler;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * A JMH result in microseconds per operation: mean wall-clock time, its 99.9% error margin, the 95th
 * percentile, the process CPU time per operation ({@link CpuTimeProfiler}; NaN when not measured) and the median.
 */
public record Timing(double meanMicros, double errorMicros, double p95Micros, double cpuMicros, double medianMicros) {
    public static Timing of(RunResult run) {
        Result<?> primary = run.getPrimaryResult();
        double toMicros = microsPer(primary.getScoreUnit());
        double error = primary.getScoreError();
        Result<?> cpu = run.getSecondaryResults().get(CpuTimeProfiler.LABEL);
        return new Timing(primary.getScore() * toMicros, Double.isNaN(error) ? 0 : error * toMicros,
                primary.getStatistics().getPercentile(95) * toMicros, cpu == null ? Double.NaN : cpu.getScore(),
                primary.getStatistics().getPercentile(50) * toMicros);
    }

    private static double microsPer(String unit) {
        return switch (unit.substring(0, unit.indexOf('/'))) {
            case "ns" -> 1e-3;
            case "us" -> 1;
            case "ms" -> 1e3;
            case "s" -> 1e6;
            default -> throw new IllegalArgumentException("unexpected JMH unit " + unit);
        };
    }

    /** Whether this and another timing differ by no more than their error margins say they might. */
    public boolean indistinguishableFrom(Timing other) {
        return Math.abs(meanMicros - other.meanMicros) <= errorMicros + other.errorMicros;
    }

    /** Microseconds as a short human figure: {@code 812 µs}, {@code 3.4 ms}, {@code 2.10 s}. */
    public static String format(double micros) {
        if (Double.isNaN(micros)) return "n/a";
        if (micros < 1) return String.format(Locale.ROOT, "%.2f µs", micros);
        if (micros < 1_000) return String.format(Locale.ROOT, "%.0f µs", micros);
        if (micros < 100_000) return String.format(Locale.ROOT, "%.1f ms", micros / 1e3);
        if (micros < 1e6) return String.format(Locale.ROOT, "%.0f ms", micros / 1e3);
        return String.format(Locale.ROOT, "%.2f s", micros / 1e6);
    }

    /** The mean with its error margin and, where measured, the CPU time: {@code 812 µs ± 20 µs (CPU 790 µs)}. */
    public String mean() {
        return (errorMicros > 0 ? format(meanMicros) + " ± " + format(errorMicros) : format(meanMicros))
                + (Double.isNaN(cpuMicros) ? "" : " (CPU " + format(cpuMicros) + ")");
    }

    /** This mean ÷ another, with the lowest and highest quotient their error margins allow. */
    public double[] ratioBounds(Timing other) {
        double low = Math.max(0, meanMicros - errorMicros) / (other.meanMicros + other.errorMicros);
        double high = other.meanMicros - other.errorMicros <= 0 ? Double.POSITIVE_INFINITY
                : (meanMicros + errorMicros) / (other.meanMicros - other.errorMicros);
        return new double[] {low, high};
    }
}
