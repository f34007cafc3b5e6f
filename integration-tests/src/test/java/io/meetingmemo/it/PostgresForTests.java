package io.meetingmemo.it;

import io.meetingmemo.embeddedao.DatabaseConfig;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** The PostgreSQL that CI starts (MEETING_MEMO_PG_URL / _USER / _PASSWORD), emptied for a test; skipped without one. */
public final class PostgresForTests {
    private PostgresForTests() {}

    public static DatabaseConfig fresh() {
        Optional<DatabaseConfig> postgres = DatabaseConfig.freshPostgresFromEnvironment();
        Assumptions.assumeTrue(postgres.isPresent(), "MEETING_MEMO_PG_URL is not set; PostgreSQL tests are skipped");
        return postgres.get();
    }
}
