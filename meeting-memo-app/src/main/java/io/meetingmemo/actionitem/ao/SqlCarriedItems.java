package io.meetingmemo.actionitem.ao;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ActionItemLists;
import io.meetingmemo.actionitem.domain.ActionItemQuery;
import io.meetingmemo.actionitem.domain.ListPosition;
import io.meetingmemo.actionitem.domain.PageContent;
import io.meetingmemo.actionitem.domain.TrackerState;
import io.meetingmemo.memo.domain.ActionSource;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.platform.HostDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The carry-over section's list (a series' open items of memos dated before a memo, soonest due first) read with one
 * hand-written statement on the {@link ActionItemEntity} table, mapped straight to {@link ActionItem}s: the same rows,
 * order and conditions as {@link AoActionItemRepository#findAfter} sends for {@link ActionItemQuery#carriedInto}, without
 * Active Objects' per-value work, which made the section 3.5–4.8 times slower than the SQL alone (docs/performance.md,
 * 4.4a). The series leads the order, so the database reads the rows in order through the {@code series_due} list index
 * and stops at the limit.
 */
public final class SqlCarriedItems implements ActionItemLists {
    private static final String COLUMNS = "\"ID\", \"PAGE_ID\", \"SPACE_KEY\", \"PAGE_TITLE\", \"MEMO_KEY\", \"MEMO_TITLE\", \"MEMO_DATE\", "
            + "\"MEMO_SERIES\", \"ITEM_KEY\", \"SOURCE\", \"TEXT\", \"ASSIGNEE_KEY\", \"OWNER_NAME\", \"DUE_DATE\", \"STATUS\", "
            + "\"PAGE_STATUS\", \"COMPLETED_AT\", \"COMPLETED_BY\", \"CREATED_AT\", \"UPDATED_AT\", \"REMOVED\", \"HIDDEN\", \"VERSION\", "
            + "\"PRIORITY\"";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM " + HostDatabase.Sql.table("ACTION_ITEM")
            + " WHERE \"HIDDEN\" = ? AND \"REMOVED\" = ? AND \"STATUS\" = ? AND \"MEMO_SERIES\" = ? AND \"MEMO_DATE\" < ?";
    private static final String ORDER = " ORDER BY \"MEMO_SERIES\" ASC, \"DUE_SORT\" ASC, \"ID\" ASC LIMIT ?";
    /** From the start of the list. */
    private static final String FIRST = SELECT + ORDER;
    /** After a position; the leading DUE_SORT >= ? lets the database seek to it in the list index. */
    private static final String AFTER = SELECT + " AND \"DUE_SORT\" >= ? AND (\"DUE_SORT\" > ? OR \"ID\" > ?)" + ORDER;

    private final HostDatabase database;

    public SqlCarriedItems(HostDatabase database) {
        this.database = database;
    }

    /** @throws IllegalArgumentException for any list but what a memo carries over */
    @Override
    public List<ActionItem> findAfter(ActionItemQuery query, ListPosition after, int max) {
        if (!isCarryOver(query)) throw new IllegalArgumentException("only the carry-over list is read here: " + query);
        return database.read(sql -> {
            try (PreparedStatement ps = sql.prepare(after == null ? FIRST : AFTER)) {
                int i = 0;
                ps.setBoolean(++i, false);
                ps.setBoolean(++i, false);
                ps.setString(++i, ActionStatus.OPEN.wireName());
                ps.setString(++i, query.series());
                // ISO dates compare as text; a memo without a date (NULL) is before nothing.
                ps.setString(++i, query.memoDateBefore().toString());
                if (after != null) {
                    ps.setString(++i, after.dueSortKey());
                    ps.setString(++i, after.dueSortKey());
                    ps.setInt(++i, (int) Math.min(after.id(), Integer.MAX_VALUE));
                }
                ps.setInt(++i, max);
                List<ActionItem> items = new ArrayList<>(Math.min(max, 256));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) items.add(item(rs));
                }
                return items;
            }
        });
    }

    private static boolean isCarryOver(ActionItemQuery q) {
        return q.status() == ActionItemQuery.StatusFilter.OPEN && q.series() != null && q.memoDateBefore() != null
                && !q.includeRemoved() && q.assigneeKey() == null && q.spaceKeys().isEmpty() && q.pageId() == null
                && q.dueBefore() == null && q.dueAfter() == null && q.overdueOn() == null && (q.text() == null || q.text().isBlank());
    }

    /** A row in the order of {@link #COLUMNS}, as {@link AoActionItemRepository#toItem} maps an entity. */
    private static ActionItem item(ResultSet rs) throws SQLException {
        PageContent page = new PageContent(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                date(rs.getString(7)), rs.getString(8), rs.getString(9),
                ActionSource.valueOf(rs.getString(10).toUpperCase(Locale.ROOT)), rs.getString(11), rs.getString(12),
                rs.getString(13), date(rs.getString(14)), status(rs.getString(16)));
        TrackerState tracker = new TrackerState(status(rs.getString(15)), instant(rs.getTimestamp(17)), rs.getString(18),
                instant(rs.getTimestamp(19)), instant(rs.getTimestamp(20)), rs.getBoolean(21), rs.getBoolean(22), rs.getInt(23),
                rs.getString(24));
        return new ActionItem(rs.getLong(1), page, tracker);
    }

    private static ActionStatus status(String wire) {
        return wire == null ? null : ActionStatus.fromWireName(wire).orElse(ActionStatus.OPEN);
    }

    private static LocalDate date(String iso) { return iso == null ? null : LocalDate.parse(iso); }

    private static Instant instant(Timestamp t) { return t == null ? null : t.toInstant(); }
}
