package com.atlassian.util.profiling;

/**
 * No-op stand-in for atlassian-profiling's {@code Metrics}, for an embedded Active Objects ORM.
 *
 * <p>The Active Objects ORM 6.x ({@code net.java.ao.EntityManager}) times its get, create, find, stream,
 * count, delete and deleteWithSQL calls (metrics {@code db.ao.entityManager.*}) with
 * {@code Metrics.metric(name).tag(k, v).withAnalytics().invokerPluginKey(key).startTimer()} and closes the
 * {@link Ticker} when the call returns. Inside Confluence the host's atlassian-profiling
 * library provides these classes; the ORM declares it {@code provided} and atlassian-profiling is not on Maven
 * Central. The preview host and the database tests record nothing, so every method here does nothing.
 *
 * <p>Only the members the ORM calls exist, with the package, names and signatures of its bytecode
 * ({@code javap -c net/java/ao/EntityManager.class} of activeobjects 6.1.1). This class lives in the
 * embedded-activeobjects module and never in the app's bundle.
 */
public final class Metrics {
    private static final Builder NO_OP = new Builder();

    private Metrics() {}

    public static Builder metric(String name) {
        return NO_OP;
    }

    /** The metric being described; each call returns this same builder. */
    public static class Builder {
        Builder() {}

        public Builder tag(String key, String value) { return this; }

        public Builder withAnalytics() { return this; }

        public Builder invokerPluginKey(String pluginKey) { return this; }

        public Ticker startTimer() { return Ticker.NO_OP; }
    }
}
