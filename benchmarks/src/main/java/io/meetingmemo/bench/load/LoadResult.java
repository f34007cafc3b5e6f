package io.meetingmemo.bench.load;

import java.util.Map;

/**
 * What a load phase measured: every request's latency (sorted, in nanoseconds), also by request shape, how
 * many failed (an HTTP status other than 200, or no answer), and how long the phase took.
 *
 * @param firstError a description of the first failure, for the log; null when none failed
 */
public record LoadResult(long[] sortedLatencies, Map<String, long[]> sortedLatenciesByShape, long errors, long elapsedNanos,
                         int connections, String firstError) {
    public long requests() { return sortedLatencies.length; }

    public double requestsPerSecond() { return requests() * 1e9 / elapsedNanos; }

    /** The latency at a percentile (0–100), in milliseconds. */
    public double percentileMillis(double percentile) { return percentileMillis(sortedLatencies, percentile); }

    /** The latency at a percentile (0–100) of sorted nanosecond latencies, in milliseconds. */
    public static double percentileMillis(long[] sorted, double percentile) {
        if (sorted.length == 0) return Double.NaN;
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    @Override public String toString() {
        return String.format(java.util.Locale.ROOT, "%,d requests in %.1f s: %,.0f req/s, p50 %.1f ms, p99 %.1f ms, %d errors",
                requests(), elapsedNanos / 1e9, requestsPerSecond(), percentileMillis(50), percentileMillis(99), errors);
    }
}
