package io.meetingmemo.series.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.meetingmemo.actionitem.ao.ActionItemEntity;
import io.meetingmemo.actionitem.ao.SyncRecordEntity;
import io.meetingmemo.actionitem.domain.MemoPosition;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.series.domain.SeriesRows;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import net.java.ao.Query;

/**
 * A series' memo records ({@link SyncRecordEntity}) and tracked items ({@link ActionItemEntity}) as a series page reads
 * them: through {@code stream} (read-only rows that hold their values) and with only the columns it needs, because
 * Active Objects' work grows with every value it reads (about a microsecond each; docs/performance.md, section 4.4b).
 * The series leads every condition, so the database reads the rows through the {@code series_date} and
 * {@code series_due} list indexes.
 */
public final class AoSeriesRows implements SeriesRows {
    static final String MEMO_COLUMNS = "ID, PAGE_ID, SPACE_KEY, PAGE_TITLE, MEMO_KEY, MEMO_TITLE, MEMO_DATE, PRESENT_COUNT, ABSENT_COUNT, "
            + "DECISION_COUNT";
    static final String OPEN_COLUMNS = "ID, PAGE_ID, MEMO_KEY, MEMO_DATE, DUE_DATE";
    static final String DONE_COLUMNS = "PAGE_ID, MEMO_KEY, CREATED_AT, COMPLETED_AT";
    static final String ITEMS = "MEMO_SERIES = ? AND STATUS = ? AND REMOVED = ? AND HIDDEN = ?";

    private final ActiveObjects ao;

    public AoSeriesRows(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Memo> memos(String storedSeries, int max) {
        return ao.executeInTransaction(() -> {
            List<Memo> memos = new ArrayList<>();
            // As the memo list writes it (AoMemoRecordRepository.ListQuery): the lower bound on DATE_SORT leaves out the
            // page rows, and the order names the series first, so the series_date index delivers the rows in order.
            ao.stream(SyncRecordEntity.class, Query.select(MEMO_COLUMNS)
                    .where("DATE_SORT >= ? AND HIDDEN = ? AND REMOVED = ? AND SERIES = ?", MemoPosition.NO_DATE, false, false, storedSeries)
                    .order("SERIES DESC, DATE_SORT DESC, ID DESC").limit(max),
                    e -> memos.add(new Memo(e.getPageId(), e.getSpaceKey(), e.getPageTitle(), e.getMemoKey(), e.getMemoTitle(),
                            date(e.getMemoDate()), e.getPresentCount(), e.getAbsentCount(), e.getDecisionCount())));
            return memos;
        });
    }

    @Override
    public List<Open> openItems(String storedSeries, int max) {
        return ao.executeInTransaction(() -> {
            List<Open> open = new ArrayList<>();
            ao.stream(ActionItemEntity.class, Query.select(OPEN_COLUMNS)
                    .where(ITEMS, storedSeries, ActionStatus.OPEN.wireName(), false, false).limit(max),
                    e -> open.add(new Open(e.getID(), e.getPageId(), e.getMemoKey(), date(e.getMemoDate()), date(e.getDueDate()))));
            return open;
        });
    }

    @Override
    public List<Done> doneItems(String storedSeries, int max) {
        return ao.executeInTransaction(() -> {
            List<Done> done = new ArrayList<>();
            ao.stream(ActionItemEntity.class, Query.select(DONE_COLUMNS)
                    .where(ITEMS, storedSeries, ActionStatus.DONE.wireName(), false, false).limit(max),
                    e -> done.add(new Done(e.getPageId(), e.getMemoKey(), instant(e.getCreatedAt()), instant(e.getCompletedAt()))));
            return done;
        });
    }

    private static LocalDate date(String iso) { return iso == null ? null : LocalDate.parse(iso); }

    private static Instant instant(Date date) { return date == null ? null : date.toInstant(); }
}
