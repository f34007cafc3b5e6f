package io.meetingmemo.bench.jmh;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ListPosition;
import io.meetingmemo.actionitem.domain.MemoPosition;
import io.meetingmemo.actionitem.domain.PageContent;
import io.meetingmemo.actionitem.domain.TrackerState;
import io.meetingmemo.bench.data.AppDatabase;
import io.meetingmemo.memo.domain.ActionSource;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.domain.MemoRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The action-item table and the table of synced versions read and written with plain JDBC, column for column as the
 * app's Active Objects entities store them: what the baselines do instead of the app. Identifiers are quoted, which H2 and
 * PostgreSQL both accept for Active Objects' upper-case names.
 */
final class RawActionItems {
    /** Every column, in the order {@link #read} and {@link #bindInsert} use. */
    static final String COLUMNS = "\"ID\", \"PAGE_ID\", \"PAGE_ITEM_KEY\", \"SPACE_KEY\", \"PAGE_TITLE\", \"MEMO_KEY\", \"MEMO_TITLE\", "
            + "\"MEMO_DATE\", \"MEMO_SERIES\", \"ITEM_KEY\", \"SOURCE\", \"TEXT\", \"ASSIGNEE_KEY\", \"OWNER_NAME\", \"DUE_DATE\", "
            + "\"DUE_SORT\", \"STATUS\", \"PAGE_STATUS\", \"COMPLETED_AT\", \"COMPLETED_BY\", \"CREATED_AT\", \"UPDATED_AT\", "
            + "\"REMOVED\", \"HIDDEN\", \"VERSION\", \"PRIORITY\"";
    private static final String INSERT_COLUMNS = COLUMNS.substring("\"ID\", ".length());

    private RawActionItems() {}

    static String insertSql(String table) {
        return "INSERT INTO \"" + table + "\" (" + INSERT_COLUMNS + ") VALUES (" + "?, ".repeat(24) + "?)";
    }

    static String selectSql(String table, String where) {
        return "SELECT " + COLUMNS + " FROM \"" + table + "\" WHERE " + where;
    }

    /**
     * A list of the app's visible open items as {@code AoActionItemRepository.ListQuery} writes it: the flags and the
     * status first, then {@code filters} (each {@code AND …}), the order and the limit.
     */
    static String openItemsSql(AppDatabase db, String filters, String order, int limit) {
        return selectSql(db.table("ACTION_ITEM"), "\"HIDDEN\" = ? AND \"REMOVED\" = ? AND \"STATUS\" = ?" + filters + " ORDER BY "
                + order + " LIMIT " + limit);
    }

    /** Runs an {@link #openItemsSql} list with the values of its filters and maps every row, on a connection of its own. */
    static List<ActionItem> openItems(AppDatabase db, String sql, Object... filterValues) throws SQLException {
        try (Connection c = db.activeObjects().openConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setBoolean(1, false);
            ps.setBoolean(2, false);
            ps.setString(3, ActionStatus.OPEN.wireName());
            for (int i = 0; i < filterValues.length; i++) ps.setObject(4 + i, filterValues[i]);
            List<ActionItem> items = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) items.add(read(rs));
            }
            return items;
        }
    }

    static ActionItem read(ResultSet rs) throws SQLException {
        PageContent page = new PageContent(rs.getLong(2), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                date(rs.getString(8)), rs.getString(9), rs.getString(10),
                ActionSource.valueOf(rs.getString(11).toUpperCase(Locale.ROOT)), rs.getString(12), rs.getString(13),
                rs.getString(14), date(rs.getString(15)), status(rs.getString(18)));
        TrackerState tracker = new TrackerState(status(rs.getString(17)), instant(rs.getTimestamp(19)), rs.getString(20),
                instant(rs.getTimestamp(21)), instant(rs.getTimestamp(22)), rs.getBoolean(23), rs.getBoolean(24), rs.getInt(25),
                rs.getString(26));
        return new ActionItem(rs.getLong(1), page, tracker);
    }

    /** Binds every column but the id, which the database assigns. */
    static void bindInsert(PreparedStatement ps, ActionItem item) throws SQLException {
        ps.setLong(1, item.pageId());
        ps.setString(2, item.pageId() + ":" + item.itemKey());
        ps.setString(3, item.spaceKey());
        ps.setString(4, item.pageTitle());
        ps.setString(5, item.memoKey());
        ps.setString(6, item.memoTitle());
        ps.setString(7, item.memoDate() == null ? null : item.memoDate().toString());
        ps.setString(8, item.memoSeries());
        ps.setString(9, item.itemKey());
        ps.setString(10, item.source().wireName());
        ps.setString(11, item.text());
        ps.setString(12, item.assigneeKey());
        ps.setString(13, item.ownerName());
        ps.setString(14, item.dueDate() == null ? null : item.dueDate().toString());
        ps.setString(15, ListPosition.dueSortKey(item.dueDate()));
        ps.setString(16, item.status().wireName());
        ps.setString(17, item.pageStatus() == null ? null : item.pageStatus().wireName());
        setTimestamp(ps, 18, item.completedAt());
        ps.setString(19, item.completedBy());
        setTimestamp(ps, 20, item.createdAt());
        setTimestamp(ps, 21, item.updatedAt());
        ps.setBoolean(22, item.removed());
        ps.setBoolean(23, item.hidden());
        ps.setInt(24, item.version());
        ps.setString(25, item.priority());
    }

    /** The columns of a row of the table of synced versions, page row and memo row alike, as {@link #bindRecord} binds them. */
    private static final String RECORD_COLUMNS = "\"PAGE_ID\", \"PAGE_VERSION\", \"ROW_KEY\", \"SPACE_KEY\", \"PAGE_TITLE\", "
            + "\"MEMO_KEY\", \"MEMO_TITLE\", \"MEMO_DATE\", \"DATE_SORT\", \"MEMO_TIME\", \"PLACE\", \"SERIES\", \"MINUTES_BY\", "
            + "\"PRESENT_COUNT\", \"ABSENT_COUNT\", \"GUEST_COUNT\", \"CONTACT_COUNT\", \"DECISION_COUNT\", \"ACTION_COUNT\", "
            + "\"CARRY_OVER\", \"HIDDEN\", \"REMOVED\"";

    static String insertRecordSql(String table) {
        return "INSERT INTO \"" + table + "\" (" + RECORD_COLUMNS + ") VALUES (" + "?, ".repeat(21) + "?)";
    }

    /**
     * Binds a row of the table of synced versions as the app writes it: the page row ({@code memo} null, keyed by the
     * page id) or a memo row (keyed {@code pageId:memoKey}).
     */
    static void bindRecord(PreparedStatement ps, long pageId, int version, MemoRecord memo) throws SQLException {
        ps.setLong(1, pageId);
        ps.setInt(2, version);
        ps.setString(3, memo == null ? String.valueOf(pageId) : pageId + ":" + memo.memoKey());
        ps.setString(4, memo == null ? null : memo.spaceKey());
        ps.setString(5, memo == null ? null : memo.pageTitle());
        ps.setString(6, memo == null ? null : memo.memoKey());
        ps.setString(7, memo == null ? null : memo.title());
        ps.setString(8, memo == null || memo.date() == null ? null : memo.date().toString());
        ps.setString(9, memo == null ? null : MemoPosition.dateSortKey(memo.date()));
        ps.setString(10, memo == null ? null : memo.time());
        ps.setString(11, memo == null ? null : memo.place());
        ps.setString(12, memo == null ? null : memo.series());
        ps.setString(13, memo == null ? null : memo.minutesByKey());
        int[] counts = memo == null ? null
                : new int[] {memo.present(), memo.absent(), memo.guests(), memo.contacts(), memo.decisions(), memo.actions()};
        for (int i = 0; i < 6; i++) {
            if (counts == null) ps.setNull(14 + i, Types.INTEGER); else ps.setInt(14 + i, counts[i]);
        }
        for (int i = 0; i < 3; i++) {
            if (memo == null) ps.setNull(20 + i, Types.BOOLEAN); else ps.setBoolean(20 + i, i == 0 && memo.carryOver());
        }
    }

    static void setTimestamp(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) ps.setNull(index, Types.TIMESTAMP); else ps.setTimestamp(index, Timestamp.from(instant));
    }

    private static LocalDate date(String iso) { return iso == null ? null : LocalDate.parse(iso); }

    private static ActionStatus status(String wire) {
        return wire == null ? null : ActionStatus.fromWireName(wire).orElse(ActionStatus.OPEN);
    }

    private static Instant instant(Timestamp t) { return t == null ? null : t.toInstant(); }
}
