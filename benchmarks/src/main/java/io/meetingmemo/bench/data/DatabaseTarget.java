package io.meetingmemo.bench.data;

import io.meetingmemo.embeddedao.DatabaseConfig;
import java.nio.file.Path;

/**
 * Where the benchmark databases live: one embedded H2 file database per scale under {@code dataDir}, or, when
 * {@code postgres} is given, one PostgreSQL database per scale on that server, named after the given one
 * ({@code memo_bench} → {@code memo_bench_1000000}). Separate databases rather than schemas, because Active
 * Objects reads table metadata across all schemas of a database. A {@code variant} (a build
 * with a change under evaluation, such as a schema change) gets databases of its own, because Active Objects
 * migrates every database it opens to the schema of the build that opens it.
 */
public record DatabaseTarget(Path dataDir, DatabaseConfig postgres, String variant) {
    public DatabaseTarget {
        variant = variant == null ? "" : variant;
        if (!variant.matches("[a-z0-9-]*")) throw new IllegalArgumentException("a variant is named with a-z, 0-9 and -: " + variant);
    }

    public static DatabaseTarget h2(Path dataDir) { return new DatabaseTarget(dataDir, null, ""); }

    /** From the string parameters a JMH fork receives; an empty PostgreSQL URL means H2. */
    public static DatabaseTarget of(String dataDir, String pgUrl, String pgUser, String pgPassword, String variant) {
        DatabaseConfig postgres = pgUrl == null || pgUrl.isEmpty() ? null : new DatabaseConfig(pgUrl, pgUser, pgPassword);
        return new DatabaseTarget(Path.of(dataDir), postgres, variant);
    }

    public DatabaseConfig at(long items) {
        String scale = items + (variant.isEmpty() ? "" : "-" + variant);
        if (postgres == null) return DatabaseConfig.h2File(dataDir.resolve("bench-" + scale));
        String url = postgres.jdbcUrl();
        int query = url.indexOf('?') < 0 ? url.length() : url.indexOf('?');
        return new DatabaseConfig(url.substring(0, query) + "_" + scale.replace('-', '_') + url.substring(query),
                postgres.username(), postgres.password());
    }

    public String kind() { return (postgres == null ? "H2" : "PostgreSQL") + (variant.isEmpty() ? "" : ", variant " + variant); }
}
