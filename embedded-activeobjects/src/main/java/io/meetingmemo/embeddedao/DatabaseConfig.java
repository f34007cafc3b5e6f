package io.meetingmemo.embeddedao;

import java.util.Optional;
import java.sql.Statement;
import java.sql.SQLException;
import java.sql.DriverManager;
import java.sql.Connection;
import java.util.Locale;

/**
 * Where the Active Objects tables live: an embedded H2 file or memory database, HSQLDB, or PostgreSQL.
 * AO's H2 and HSQLDB providers are given the schema {@code PUBLIC}, where the tables have always been (Active
 * Objects 3.2 could not read an H2 2.x schema without it; 6.1 can); PostgreSQL uses the connection's default
 * schema.
 */
public record DatabaseConfig(String jdbcUrl, String username, String password) {
    public DatabaseConfig {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL: " + jdbcUrl);
        }
        username = username == null ? "" : username;
        password = password == null ? "" : password;
    }

    /**
     * An H2 file database. {@code WRITE_DELAY=0}: a commit reaches the file before it is acknowledged, so a
     * killed process loses no saved page (H2's default writes commits up to half a second later).
     */
    public static DatabaseConfig h2File(java.nio.file.Path directory) {
        return new DatabaseConfig("jdbc:h2:file:" + directory.toAbsolutePath().resolve("meeting-memo")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "sa", "");
    }

    /**
     * The PostgreSQL that CI starts ({@code MEETING_MEMO_PG_URL}, {@code _USER}, {@code _PASSWORD}) with an empty
     * public schema, for a test; empty when none is configured, so the caller can skip rather than fail.
     */
    public static Optional<DatabaseConfig> freshPostgresFromEnvironment() {
        String url = System.getenv("MEETING_MEMO_PG_URL");
        if (url == null || url.isBlank()) return Optional.empty();
        DatabaseConfig config = new DatabaseConfig(url, System.getenv("MEETING_MEMO_PG_USER"), System.getenv("MEETING_MEMO_PG_PASSWORD"));
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.username(), config.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("MEETING_MEMO_PG_URL is set but PostgreSQL is not usable: " + e.getMessage(), e);
        }
        return Optional.of(config);
    }

    public static DatabaseConfig h2Memory(String name) {
        return new DatabaseConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    public static DatabaseConfig hsqlMemory(String name) {
        return new DatabaseConfig("jdbc:hsqldb:mem:" + name, "SA", "");
    }

    public Kind kind() {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) return Kind.H2;
        if (url.startsWith("jdbc:hsqldb:")) return Kind.HSQLDB;
        if (url.startsWith("jdbc:postgresql:")) return Kind.POSTGRESQL;
        throw new IllegalArgumentException("unsupported database (H2, HSQLDB or PostgreSQL): " + jdbcUrl);
    }

    public enum Kind { H2, HSQLDB, POSTGRESQL }

    @Override public String toString() { return jdbcUrl + " (user " + username + ")"; }
}
