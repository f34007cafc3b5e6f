package io.meetingmemo.series.ao;

import io.meetingmemo.actionitem.ao.ActionItemRows;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.MemoPosition;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.platform.HostDatabase;
import io.meetingmemo.series.domain.SeriesRows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A series' memo records and tracked items as a series page reads them, with hand-written statements on the Active
 * Objects tables ({@code SYNCED_PAGE}, {@code ACTION_ITEM}) mapped straight to the page's rows: the same conditions,
 * columns and order as the Active Objects reads it replaces, without Active Objects' work of about a microsecond per value, which made
 * the page several times slower than the SQL alone (docs/performance.md, 4.4b). The series leads every condition, so
 * the database reads the rows through the {@code series_date} and {@code series_due} list indexes.
 */
public final class SqlSeriesRows implements SeriesRows {
    // As the memo list writes it (AoMemoRecordRepository.ListQuery): the lower bound on DATE_SORT leaves out the page
    // rows, and the order names the series first, so the series_date index delivers the rows in order.
    private static final String MEMOS = "SELECT \"PAGE_ID\", \"SPACE_KEY\", \"PAGE_TITLE\", \"MEMO_KEY\", \"MEMO_TITLE\", \"MEMO_DATE\", "
            + "\"PRESENT_COUNT\", \"ABSENT_COUNT\", \"DECISION_COUNT\" FROM " + HostDatabase.Sql.table("SYNCED_PAGE")
            + " WHERE \"DATE_SORT\" >= ? AND \"HIDDEN\" = ? AND \"REMOVED\" = ? AND \"SERIES\" = ?"
            + " ORDER BY \"SERIES\" DESC, \"DATE_SORT\" DESC, \"ID\" DESC LIMIT ?";
    private static final String ITEMS = " FROM " + HostDatabase.Sql.table("ACTION_ITEM")
            + " WHERE \"MEMO_SERIES\" = ? AND \"STATUS\" = ? AND \"REMOVED\" = ? AND \"HIDDEN\" = ? LIMIT ?";
    private static final String OPEN = "SELECT \"ID\", \"PAGE_ID\", \"MEMO_KEY\", \"MEMO_DATE\", \"DUE_DATE\"" + ITEMS;
    private static final String DONE = "SELECT \"PAGE_ID\", \"MEMO_KEY\", \"CREATED_AT\", \"COMPLETED_AT\"" + ITEMS;

    private final HostDatabase database;

    public SqlSeriesRows(HostDatabase database) {
        this.database = database;
    }

    @Override
    public List<Memo> memos(String storedSeries, int max) {
        return database.read(sql -> {
            try (PreparedStatement ps = sql.prepare(MEMOS)) {
                ps.setString(1, MemoPosition.NO_DATE);
                ps.setBoolean(2, false);
                ps.setBoolean(3, false);
                ps.setString(4, storedSeries);
                ps.setInt(5, max);
                List<Memo> memos = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        memos.add(new Memo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                date(rs.getString(6)), rs.getInt(7), rs.getInt(8), rs.getInt(9)));
                    }
                }
                return memos;
            }
        });
    }

    @Override
    public List<Open> openItems(String storedSeries, int max) {
        return database.read(sql -> {
            try (PreparedStatement ps = items(sql, OPEN, storedSeries, ActionStatus.OPEN, max)) {
                List<Open> open = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        open.add(new Open(rs.getLong(1), rs.getLong(2), rs.getString(3), date(rs.getString(4)), date(rs.getString(5))));
                    }
                }
                return open;
            }
        });
    }

    @Override
    public List<Done> doneItems(String storedSeries, int max) {
        return database.read(sql -> {
            try (PreparedStatement ps = items(sql, DONE, storedSeries, ActionStatus.DONE, max)) {
                List<Done> done = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        done.add(new Done(rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4))));
                    }
                }
                return done;
            }
        });
    }

    @Override
    public List<ActionItem> fullItems(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        if (ids.size() > MAX_FULL_ITEMS) throw new IllegalArgumentException("at most " + MAX_FULL_ITEMS + " ids");
        String select = "SELECT " + ActionItemRows.COLUMNS + " FROM " + HostDatabase.Sql.table("ACTION_ITEM") + " WHERE \"ID\" IN ("
                + "?,".repeat(ids.size() - 1) + "?)";
        return database.read(sql -> {
            try (PreparedStatement ps = sql.prepare(select)) {
                for (int i = 0; i < ids.size(); i++) ps.setInt(i + 1, (int) Math.min(ids.get(i), Integer.MAX_VALUE));
                List<ActionItem> items = new ArrayList<>(ids.size());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) items.add(ActionItemRows.item(rs));
                }
                return items;
            }
        });
    }

    private static PreparedStatement items(HostDatabase.Sql sql, String select, String storedSeries, ActionStatus status, int max)
            throws SQLException {
        PreparedStatement ps = sql.prepare(select);
        try {
            ps.setString(1, storedSeries);
            ps.setString(2, status.wireName());
            ps.setBoolean(3, false);
            ps.setBoolean(4, false);
            ps.setInt(5, max);
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    private static LocalDate date(String iso) { return iso == null ? null : LocalDate.parse(iso); }

    private static Instant instant(Timestamp t) { return t == null ? null : t.toInstant(); }
}
