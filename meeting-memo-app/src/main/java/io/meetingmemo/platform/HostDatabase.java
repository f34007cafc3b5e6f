package io.meetingmemo.platform;

import com.atlassian.sal.api.rdbms.RdbmsException;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The app's hand-written reads of its own Active Objects tables, on the connection Confluence lends through SAL
 * ({@link TransactionalExecutorFactory}, read-only, in the request's transaction if there is one). Active Objects
 * spends about a microsecond on every value it maps, and an entity proxy on every row; a hot read that maps thousands
 * of values (the carry-over section, the series page) or comes with every view of a list (the decision log, the
 * contacts register's lists) reads them here straight into the app's own types instead (docs/performance.md, 4.3b,
 * 4.3d, 4.4a and 4.4b). A read nested in another joins its transaction.
 * Writes and schema stay with Active Objects.
 *
 * <p>Every value travels as a bind parameter. The SQL names tables and columns as Active Objects creates them: upper
 * case, quoted, in the connection's default schema, which is where Confluence's Active Objects puts them (Confluence's
 * Team Calendars names its AO tables the same way in its own SQL).
 */
public final class HostDatabase {
    /**
     * Active Objects' table prefix for the app: {@code AO_} and the last six hex digits of the MD5 hash of the ao
     * module's namespace ({@code io.meetingmemo.confluence} in atlassian-plugin.xml), upper case. It never changes
     * with the plugin key; a test checks it against the rule and the descriptor.
     */
    public static final String TABLE_PREFIX = "AO_B80927_";

    private final TransactionalExecutorFactory executors;

    public HostDatabase(TransactionalExecutorFactory executors) {
        this.executors = executors;
    }

    /** A read on one connection; it may send several statements. */
    @FunctionalInterface
    public interface Read<T> {
        T run(Sql sql) throws SQLException;
    }

    /** Runs a read in the current transaction, or in a new read-only one. */
    public <T> T read(Read<T> read) {
        return executors.createReadOnly().execute(connection -> {
            try {
                return read.run(new Sql(connection));
            } catch (SQLException e) {
                throw new RdbmsException("cannot read the meeting memo tables: " + e.getMessage(), e);
            }
        });
    }

    /** The connection of a read, with the few things that differ between the databases Confluence runs on. */
    public static final class Sql {
        private final Connection connection;
        private final String quote;
        private final String limit;

        Sql(Connection connection) throws SQLException {
            this.connection = connection;
            var meta = connection.getMetaData();
            String q = meta.getIdentifierQuoteString();
            this.quote = q == null || q.isBlank() ? "\"" : q.trim();
            this.limit = limitClause(meta.getDatabaseProductName());
        }

        /**
         * A statement from SQL written with double-quoted identifiers (which MySQL writes with back-quotes) and
         * {@code LIMIT ?} last when it has a row limit (which Oracle and SQL Server write otherwise). The SQL holds no
         * literal values, so the quotes it holds are all identifiers'.
         */
        public PreparedStatement prepare(String sql) throws SQLException {
            String text = quote.equals("\"") ? sql : sql.replace("\"", quote);
            if (text.endsWith(" LIMIT ?")) text = text.substring(0, text.length() - " LIMIT ?".length()) + limit;
            return connection.prepareStatement(text);
        }

        /** A statement as {@link #prepare(String)} makes it, its {@code ?} bound in order to these values. */
        public PreparedStatement prepare(String sql, java.util.List<Object> params) throws SQLException {
            PreparedStatement ps = prepare(sql);
            for (int i = 0; i < params.size(); i++) {
                Object value = params.get(i);
                if (value instanceof Boolean b) ps.setBoolean(i + 1, b);
                else if (value instanceof Integer n) ps.setInt(i + 1, n);
                else if (value instanceof Long n) ps.setLong(i + 1, n);
                else if (value instanceof String text) ps.setString(i + 1, text);
                else throw new IllegalArgumentException("no binding for a " + (value == null ? "null" : value.getClass().getSimpleName()));
            }
            return ps;
        }

        /** The quoted name of an entity's table ({@code @Table} value, e.g. {@code ACTION_ITEM}). */
        public static String table(String entityTable) {
            return "\"" + TABLE_PREFIX + entityTable + "\"";
        }

        private static String limitClause(String product) {
            String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
            if (p.contains("oracle")) return " FETCH FIRST ? ROWS ONLY";
            if (p.contains("microsoft")) return " OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY";
            return " LIMIT ?"; // PostgreSQL, MySQL, H2, HSQLDB
        }
    }
}
