package io.meetingmemo.series.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.meetingmemo.actionitem.ao.ActionItemEntity;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.series.domain.CompletedItems;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import net.java.ao.Query;

/**
 * The done items of a series, read from the tracked action items ({@link ActionItemEntity}) with only the columns the
 * figures need, through {@code stream} (read-only rows that hold their values). The series leads the condition, so the
 * database reads them through the {@code series_due} list index.
 */
public final class AoCompletedItems implements CompletedItems {
    static final String COLUMNS = "ID, PAGE_ID, MEMO_KEY, CREATED_AT, COMPLETED_AT";
    static final String WHERE = "MEMO_SERIES = ? AND STATUS = ? AND REMOVED = ? AND HIDDEN = ?";

    private final ActiveObjects ao;

    public AoCompletedItems(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Completed> of(String storedSeries, int max) {
        return ao.executeInTransaction(() -> {
            List<Completed> done = new ArrayList<>();
            ao.stream(ActionItemEntity.class, Query.select(COLUMNS)
                    .where(WHERE, storedSeries, ActionStatus.DONE.wireName(), false, false).limit(max),
                    e -> done.add(new Completed(e.getID(), e.getPageId(), e.getMemoKey(), instant(e.getCreatedAt()),
                            instant(e.getCompletedAt()))));
            return done;
        });
    }

    private static java.time.Instant instant(Date date) { return date == null ? null : date.toInstant(); }
}
