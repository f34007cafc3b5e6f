package io.meetingmemo.testsupport;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows of the app's tables read with plain JDBC, as the database holds them, so tests compare them column by column
 * whatever the database: each row is column name (upper case) to value, large text as a string, time stamps as
 * instants and whole numbers as longs.
 */
public final class TableRows {
    private TableRows() {}

    /** The rows a query returns, in its order. */
    public static List<Map<String, Object>> query(Connection c, String sql, Object... params) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) s.setObject(i + 1, params[i]);
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new TreeMap<>();
                    for (int col = 1; col <= meta.getColumnCount(); col++) {
                        Object value = rs.getObject(col);
                        if (value instanceof Clob clob) value = clob.getSubString(1, (int) clob.length());
                        if (value instanceof java.sql.Timestamp t) value = t.toInstant();
                        if (value instanceof Number n && !(value instanceof Double)) value = n.longValue();
                        row.put(meta.getColumnLabel(col).toUpperCase(Locale.ROOT), value);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
