package io.meetingmemo.it;

import io.meetingmemo.embeddedao.DatabaseConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/** The PostgreSQL that CI starts (MEETING_MEMO_PG_URL / _USER / _PASSWORD), emptied for a test. */
public final class PostgresForTests {
    private PostgresForTests() {}

    public static DatabaseConfig fresh() {
        String url = System.getenv("MEETING_MEMO_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "MEETING_MEMO_PG_URL is not set; PostgreSQL tests are skipped");
        DatabaseConfig config = new DatabaseConfig(url, System.getenv("MEETING_MEMO_PG_USER"), System.getenv("MEETING_MEMO_PG_PASSWORD"));
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.username(), config.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("MEETING_MEMO_PG_URL is set but PostgreSQL is not usable: " + e.getMessage(), e);
        }
        return config;
    }
}
