package io.meetingmemo.testsupport;

import java.util.Optional;
import io.meetingmemo.embeddedao.DatabaseConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;

/**
 * The real databases the persistence tests run on: H2 and HSQLDB in memory, always; PostgreSQL when
 * {@code MEETING_MEMO_PG_URL} (with {@code MEETING_MEMO_PG_USER} and {@code MEETING_MEMO_PG_PASSWORD}) names
 * one, as CI does. Each test gets an empty database.
 */
public final class TestDatabases {
    private TestDatabases() {}

    public static final String PG_URL = System.getenv("MEETING_MEMO_PG_URL");

    public static List<Named<Supplier<DatabaseConfig>>> all() {
        List<Named<Supplier<DatabaseConfig>>> dbs = new ArrayList<>();
        dbs.add(Named.of("H2", () -> DatabaseConfig.h2Memory("t" + UUID.randomUUID().toString().replace("-", ""))));
        dbs.add(Named.of("HSQLDB", () -> DatabaseConfig.hsqlMemory("t" + UUID.randomUUID().toString().replace("-", ""))));
        dbs.add(Named.of("PostgreSQL", TestDatabases::freshPostgres));
        return dbs;
    }

    /** The databases whose AO provider sends a batch insert as one JDBC batch. */
    public static List<Named<Supplier<DatabaseConfig>>> withBatchInserts() {
        return all().stream().filter(db -> !db.getName().equals("HSQLDB")).toList();
    }

    /** PostgreSQL with an empty public schema; skipped (not failed) when no server is configured. */
    public static DatabaseConfig freshPostgres() {
        Optional<DatabaseConfig> postgres = DatabaseConfig.freshPostgresFromEnvironment();
        Assumptions.assumeTrue(postgres.isPresent(), "MEETING_MEMO_PG_URL is not set; PostgreSQL tests are skipped");
        return postgres.get();
    }
}
