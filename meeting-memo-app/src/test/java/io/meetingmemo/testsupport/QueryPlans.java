package io.meetingmemo.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

/** The database's plan of a list query as a repository sends it, for tests that lists are read in index order. */
public final class QueryPlans {
    private QueryPlans() {}

    /**
     * The plan of {@code SELECT * … WHERE where ORDER BY order FETCH FIRST 51 ROWS ONLY} with the values bound, with
     * {@code columns} quoted as Active Objects quotes bare column names before it sends a query (PostgreSQL folds them).
     */
    public static String explain(Connection c, String table, String where, List<Object> params, String order, String... columns)
            throws SQLException {
        String sql = "EXPLAIN SELECT * FROM \"" + table + "\" WHERE " + quoted(where, columns) + " ORDER BY " + quoted(order, columns)
                + " FETCH FIRST 51 ROWS ONLY";
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) s.setObject(i + 1, params.get(i));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static String quoted(String sql, String... columns) {
        return sql.replaceAll("(?<![\"\\w])(" + String.join("|", columns) + ")(?![\"\\w])", "\"$1\"");
    }

    public static boolean isH2(Connection c) throws SQLException { return c.getMetaData().getDatabaseProductName().startsWith("H2"); }

    /** Whether a PostgreSQL plan has a Sort node (a column named like {@code LOG_SORT} is not one). */
    public static boolean sorts(String postgresPlan) {
        return Pattern.compile("(?mi)^\\s*(->\\s*)?(incremental )?sort\\b").matcher(postgresPlan).find();
    }
}
