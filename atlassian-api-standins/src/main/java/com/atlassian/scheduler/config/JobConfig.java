package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Stand-in for a job's configuration: its runner, run mode, schedule and parameters. Immutable; each
 * {@code with…} returns a new configuration.
 * <p>Signature source: atlassian-scheduler-api 4.1.0 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); unchanged in the scheduler API of the 10.x platform generation (Bamboo 10.0.2/10.2.0 javadoc); platform-next-features.md §1.1. Defaults of {@code forJobRunnerKey}: {@code RUN_ONCE_PER_CLUSTER},
 * {@code Schedule.runOnce(null)}, no parameters.
 */
public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;
    private final Map<String, Serializable> parameters;

    private JobConfig(JobRunnerKey key, RunMode runMode, Schedule schedule, Map<String, Serializable> parameters) {
        if (key == null || runMode == null || schedule == null) {
            throw new IllegalArgumentException("jobRunnerKey, runMode and schedule are required");
        }
        this.jobRunnerKey = key;
        this.runMode = runMode;
        this.schedule = schedule;
        this.parameters = parameters;
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, Schedule.runOnce(null), Map.of());
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
    }

    public JobConfig withParameters(Map<String, Serializable> parameters) {
        return new JobConfig(jobRunnerKey, runMode, schedule,
                parameters == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(parameters)));
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public Map<String, Serializable> getParameters() {
        return parameters;
    }
}
