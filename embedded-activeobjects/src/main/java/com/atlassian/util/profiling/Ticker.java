package com.atlassian.util.profiling;

/**
 * No-op stand-in for atlassian-profiling's {@code Ticker}: the running timer that the Active Objects ORM 6.x
 * closes when a timed call returns (see {@link Metrics}). Embedded use records nothing.
 */
public interface Ticker extends AutoCloseable {
    Ticker NO_OP = () -> { };

    @Override
    void close();
}
