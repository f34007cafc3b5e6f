package io.meetingmemo.bench.jmh;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports the benchmark JVM's CPU time per operation next to JMH's wall-clock time. On a machine that other
 * work keeps busy, wall-clock time includes waiting for a core; CPU time mostly does not, so a large gap
 * between the two marks a noisy measurement.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    public static final String LABEL = "cpu";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuAtStart;

    @Override public String getDescription() { return "process CPU time per operation"; }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long ops = result.getMetadata().getMeasuredOps();
        if (ops <= 0) return List.of();
        double microsPerOp = (os.getProcessCpuTime() - cpuAtStart) / 1e3 / ops;
        return List.of(new ScalarResult(LABEL, microsPerOp, "us/op", AggregationPolicy.AVG));
    }
}
