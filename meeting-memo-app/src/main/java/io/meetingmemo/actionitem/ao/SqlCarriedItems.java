package io.meetingmemo.actionitem.ao;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ActionItemLists;
import io.meetingmemo.actionitem.domain.ActionItemQuery;
import io.meetingmemo.actionitem.domain.ListPosition;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.platform.HostDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The carry-over section's list (a series' open items of memos dated before a memo, soonest due first) read with one
 * hand-written statement on the {@link ActionItemEntity} table, mapped straight to {@link ActionItem}s: the same rows,
 * order and conditions as {@link AoActionItemRepository#findAfter} sends for {@link ActionItemQuery#carriedInto}, without
 * Active Objects' per-value work, which made the section 3.5–4.8 times slower than the SQL alone (docs/performance.md,
 * 4.4a). The series leads the order, so the database reads the rows in order through the {@code series_due} list index
 * and stops at the limit.
 */
public final class SqlCarriedItems implements ActionItemLists {
    private static final String SELECT = "SELECT " + ActionItemRows.COLUMNS + " FROM " + HostDatabase.Sql.table("ACTION_ITEM")
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
                    while (rs.next()) items.add(ActionItemRows.item(rs));
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
}
