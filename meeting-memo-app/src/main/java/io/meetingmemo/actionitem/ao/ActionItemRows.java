package io.meetingmemo.actionitem.ao;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.PageContent;
import io.meetingmemo.actionitem.domain.TrackerState;
import io.meetingmemo.memo.domain.ActionSource;
import io.meetingmemo.memo.domain.ActionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Action items read in full by hand-written SQL ({@code platform.HostDatabase}) from the {@link ActionItemEntity} table:
 * the columns to select and the mapping of a row, value for value as {@link AoActionItemRepository} maps an entity.
 */
public final class ActionItemRows {
    /** Every column an item is made of, quoted, in the order {@link #item} reads them. */
    public static final String COLUMNS = "\"ID\", \"PAGE_ID\", \"SPACE_KEY\", \"PAGE_TITLE\", \"MEMO_KEY\", \"MEMO_TITLE\", \"MEMO_DATE\", "
            + "\"MEMO_SERIES\", \"ITEM_KEY\", \"SOURCE\", \"TEXT\", \"ASSIGNEE_KEY\", \"OWNER_NAME\", \"DUE_DATE\", \"STATUS\", "
            + "\"PAGE_STATUS\", \"COMPLETED_AT\", \"COMPLETED_BY\", \"CREATED_AT\", \"UPDATED_AT\", \"REMOVED\", \"HIDDEN\", \"VERSION\", "
            + "\"PRIORITY\", \"FOLLOW_UP_KEY\"";

    private ActionItemRows() {}

    /** The current row of a result of {@link #COLUMNS}. */
    public static ActionItem item(ResultSet rs) throws SQLException {
        PageContent page = new PageContent(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                date(rs.getString(7)), rs.getString(8), rs.getString(9),
                ActionSource.valueOf(rs.getString(10).toUpperCase(Locale.ROOT)), rs.getString(11), rs.getString(12),
                rs.getString(13), date(rs.getString(14)), status(rs.getString(16)), rs.getString(25));
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
