package com.atlassian.scheduler.config;

import java.io.Serializable;

/**
 * Stand-in for the identity of one scheduled job (free-form; apps prefix it with their plugin key).
 * <p>Signature source: atlassian-scheduler-api 4.1.0 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); unchanged in the scheduler API of the 10.x platform generation (Bamboo 10.0.2/10.2.0 javadoc); platform-next-features.md §1.1: a final, serializable, comparable value made by {@code of(String)}.
 */
public final class JobId implements Serializable, Comparable<JobId> {
    private static final long serialVersionUID = 1L;
    private final String value;

    private JobId(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("JobId must not be blank");
        }
        this.value = value;
    }

    public static JobId of(String value) {
        return new JobId(value);
    }

    @Override
    public int compareTo(JobId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobId that && value.equals(that.value);
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
