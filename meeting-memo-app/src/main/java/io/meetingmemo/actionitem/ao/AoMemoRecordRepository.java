package io.meetingmemo.actionitem.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.meetingmemo.actionitem.domain.MemoPosition;
import io.meetingmemo.actionitem.domain.MemoQuery;
import io.meetingmemo.actionitem.domain.MemoRecordRepository;
import io.meetingmemo.actionitem.domain.SeriesMemoPosition;
import io.meetingmemo.actionitem.domain.StoredMemo;
import io.meetingmemo.actionitem.domain.SyncWrite;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.domain.MemoRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;

/**
 * The memo records in Active Objects: the memo rows of {@link SyncRecordEntity}, which the sync's claim writes
 * ({@link #claimRows}), and their tracked actions counted from {@link ActionItemEntity}. Each read is one query.
 */
public final class AoMemoRecordRepository implements MemoRecordRepository {
    /** The columns {@link #toRecord} reads. */
    static final String COLUMNS = "ID, PAGE_ID, SPACE_KEY, PAGE_TITLE, MEMO_KEY, MEMO_TITLE, MEMO_DATE, MEMO_TIME, PLACE, SERIES, "
            + "MINUTES_BY, PRESENT_COUNT, ABSENT_COUNT, GUEST_COUNT, CONTACT_COUNT, DECISION_COUNT, ACTION_COUNT, CARRY_OVER";

    private final ActiveObjects ao;

    public AoMemoRecordRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * The rows a claim inserts: the page row, then one row per memo. Every row has every column (null where a row has
     * no value): Active Objects builds one INSERT from the columns of a batch's first row.
     */
    static List<Map<String, Object>> claimRows(SyncWrite.PageVersion claim) {
        List<Map<String, Object>> rows = new ArrayList<>(1 + claim.memos().size());
        rows.add(row(claim, String.valueOf(claim.pageId()), null));
        for (MemoRecord memo : claim.memos()) rows.add(row(claim, claim.pageId() + ":" + memo.memoKey(), memo));
        return rows;
    }

    private static Map<String, Object> row(SyncWrite.PageVersion claim, String rowKey, MemoRecord m) {
        Map<String, Object> row = new HashMap<>();
        row.put(SyncRecordEntity.PAGE_ID, claim.pageId());
        row.put(SyncRecordEntity.PAGE_VERSION, claim.version());
        row.put(SyncRecordEntity.ROW_KEY, rowKey);
        row.put("SPACE_KEY", m == null ? null : m.spaceKey());
        row.put("PAGE_TITLE", m == null ? null : m.pageTitle());
        row.put(SyncRecordEntity.MEMO_KEY, m == null ? null : m.memoKey());
        row.put("MEMO_TITLE", m == null ? null : m.title());
        row.put("MEMO_DATE", m == null || m.date() == null ? null : m.date().toString());
        row.put(SyncRecordEntity.DATE_SORT, m == null ? null : MemoPosition.dateSortKey(m.date()));
        row.put("MEMO_TIME", m == null ? null : m.time());
        row.put("PLACE", m == null ? null : m.place());
        row.put("SERIES", m == null ? null : m.series());
        row.put("MINUTES_BY", m == null ? null : m.minutesByKey());
        row.put("PRESENT_COUNT", m == null ? null : m.present());
        row.put("ABSENT_COUNT", m == null ? null : m.absent());
        row.put("GUEST_COUNT", m == null ? null : m.guests());
        row.put("CONTACT_COUNT", m == null ? null : m.contacts());
        row.put("DECISION_COUNT", m == null ? null : m.decisions());
        row.put("ACTION_COUNT", m == null ? null : m.actions());
        row.put("CARRY_OVER", m == null ? null : m.carryOver());
        row.put(SyncRecordEntity.HIDDEN, m == null ? null : false);
        row.put(SyncRecordEntity.REMOVED, m == null ? null : false);
        return row;
    }

    private static StoredMemo toRecord(SyncRecordEntity e) {
        return new StoredMemo(e.getID(), new MemoRecord(e.getPageId(), e.getSpaceKey(), e.getPageTitle(), e.getMemoKey(),
                e.getMemoTitle(), e.getMemoDate() == null ? null : LocalDate.parse(e.getMemoDate()), e.getMemoTime(),
                e.getPlace(), e.getSeries(), e.getMinutesBy(), e.getPresentCount(), e.getAbsentCount(), e.getGuestCount(),
                e.getContactCount(), e.getDecisionCount(), e.getActionCount(), e.isCarryOver()));
    }

    @Override
    public List<StoredMemo> findAfter(MemoQuery query, MemoPosition after, int max) {
        ListQuery sql = ListQuery.of(query, after);
        return ao.executeInTransaction(() -> {
            List<StoredMemo> memos = new ArrayList<>();
            ao.stream(SyncRecordEntity.class, Query.select(COLUMNS).where(sql.where(), sql.params().toArray())
                    .order(ListQuery.order(query)).limit(max), e -> memos.add(toRecord(e)));
            return memos;
        });
    }

    @Override
    public List<StoredMemo> findInSeriesAfter(List<String> spaceKeys, SeriesMemoPosition after, int max) {
        // The page rows have no series; DATE_SORT >= NO_DATE leaves them out as the memo list does.
        StringBuilder where = new StringBuilder("SERIES IS NOT NULL AND DATE_SORT >= ? AND HIDDEN = ? AND REMOVED = ?");
        List<Object> params = new ArrayList<>(List.of(MemoPosition.NO_DATE, false, false));
        if (!spaceKeys.isEmpty()) {
            where.append(" AND SPACE_KEY IN (").append("?,".repeat(spaceKeys.size() - 1)).append("?)");
            params.addAll(spaceKeys);
        }
        if (after != null) {
            // The leading SERIES >= ? lets the database seek to the series in the series index.
            where.append(" AND SERIES >= ? AND (SERIES > ? OR DATE_SORT < ? OR (DATE_SORT = ? AND ID < ?))");
            params.addAll(List.of(after.series(), after.series(), after.dateSortKey(), after.dateSortKey(),
                    (int) Math.min(after.id(), Integer.MAX_VALUE)));
        }
        return ao.executeInTransaction(() -> {
            List<StoredMemo> memos = new ArrayList<>();
            ao.stream(SyncRecordEntity.class, Query.select(COLUMNS).where(where.toString(), params.toArray())
                    .order("SERIES ASC, DATE_SORT DESC, ID DESC").limit(max), e -> memos.add(toRecord(e)));
            return memos;
        });
    }

    /**
     * One grouped query over the memos' pages. Active Objects reads query results into entities only, so the count is
     * read into a numeric column of the item entity ({@code COUNT(ID) AS VERSION}); {@code stream} reads the selected
     * columns by name and asks nothing else of the rows.
     */
    @Override
    public Map<StoredMemo, ActionCounts> actionCounts(List<StoredMemo> memos) {
        Map<StoredMemo, ActionCounts> counts = new LinkedHashMap<>();
        if (memos.isEmpty()) return counts;
        Set<Long> pageIds = new LinkedHashSet<>();
        for (StoredMemo memo : memos) pageIds.add(memo.pageId());
        List<Object> params = new ArrayList<>(pageIds);
        params.add(false);
        params.add(false);
        Map<String, int[]> openDone = new HashMap<>();
        ao.executeInTransaction(() -> {
            ao.stream(ActionItemEntity.class, Query.select("PAGE_ID, MEMO_KEY, STATUS, COUNT(ID) AS VERSION")
                    .where("PAGE_ID IN (" + "?,".repeat(pageIds.size() - 1) + "?) AND REMOVED = ? AND HIDDEN = ?", params.toArray())
                    .group("PAGE_ID, MEMO_KEY, STATUS"), e -> {
                int[] tally = openDone.computeIfAbsent(e.getPageId() + ":" + e.getMemoKey(), k -> new int[2]);
                tally[ActionStatus.DONE.wireName().equals(e.getStatus()) ? 1 : 0] += e.getVersion();
            });
            return null;
        });
        for (StoredMemo memo : memos) {
            int[] tally = openDone.get(memo.pageId() + ":" + memo.memo().memoKey());
            counts.put(memo, tally == null ? ActionCounts.NONE : new ActionCounts(tally[0], tally[1]));
        }
        return counts;
    }

    /** The WHERE clause of a memo list; every value is a bind parameter. */
    record ListQuery(String where, List<Object> params) {
        static ListQuery of(MemoQuery q, MemoPosition after) {
            // A lower bound on DATE_SORT always: it leaves out the page rows (no date sort key) in the index itself.
            StringBuilder where = new StringBuilder("DATE_SORT >= ? AND HIDDEN = ? AND REMOVED = ?");
            List<Object> params = new ArrayList<>(List.of(q.from() != null ? q.from().toString() : MemoPosition.NO_DATE, false, false));
            if (q.to() != null) {
                where.append(" AND DATE_SORT <= ? AND DATE_SORT > ?");
                params.add(q.to().toString());
                params.add(MemoPosition.NO_DATE);
            }
            if (!q.spaceKeys().isEmpty()) {
                where.append(" AND SPACE_KEY IN (").append("?,".repeat(q.spaceKeys().size() - 1)).append("?)");
                params.addAll(q.spaceKeys());
            }
            if (q.series() != null) { where.append(" AND SERIES = ?"); params.add(q.series()); }
            if (q.withoutSeries()) where.append(" AND SERIES IS NULL");
            if (after != null) {
                // The leading DATE_SORT <= ? lets the database seek to the position in the list index.
                where.append(" AND DATE_SORT <= ? AND (DATE_SORT < ? OR ID < ?)");
                params.add(after.dateSortKey());
                params.add(after.dateSortKey());
                params.add((int) Math.min(after.id(), Integer.MAX_VALUE));
            }
            return new ListQuery(where.toString(), params);
        }

        /** Newest first, then by id; a series filter fixes the series, so its index delivers the rows in this order. */
        static String order(MemoQuery q) {
            String list = "DATE_SORT DESC, ID DESC";
            return q.series() != null ? "SERIES DESC, " + list : list;
        }
    }
}
