package com.atlassian.scheduler.config;

import java.io.Serializable;

/**
 * Stand-in for the name a job runner is registered under (free-form; apps prefix it with their plugin key).
 * <p>Signature source: atlassian-scheduler-api 4.1.0 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); unchanged in the scheduler API of the 10.x platform generation (Bamboo 10.0.2/10.2.0 javadoc); platform-next-features.md §1.1: a final, serializable, comparable value made by {@code of(String)}.
 */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {
    private static final long serialVersionUID = 1L;
    private final String value;

    private JobRunnerKey(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("JobRunnerKey must not be blank");
        }
        this.value = value;
    }

    public static JobRunnerKey of(String value) {
        return new JobRunnerKey(value);
    }

    @Override
    public int compareTo(JobRunnerKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerKey that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
