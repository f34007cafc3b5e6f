package io.meetingmemo.actionitem.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ActionItemQuery;
import io.meetingmemo.actionitem.domain.ActionItemRepository;
import io.meetingmemo.actionitem.domain.ListPosition;
import io.meetingmemo.actionitem.domain.PageContent;
import io.meetingmemo.actionitem.domain.StatusChange;
import io.meetingmemo.actionitem.domain.SyncWrite;
import io.meetingmemo.actionitem.domain.TrackerState;
import io.meetingmemo.decision.ao.AoDecisionRepository;
import io.meetingmemo.decision.domain.StoredDecision;
import io.meetingmemo.memo.domain.ActionSource;
import io.meetingmemo.memo.domain.ActionStatus;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * Action items in Active Objects. Each call costs a fixed number of statements, whatever the number of
 * items: reads are single queries with {@code @Preload}ed columns; writes are one conditional delete
 * plus batch inserts. AO has no bulk update, so a changed row is replaced under its own id, which also
 * makes the version check atomic: the delete matches {@code ID and VERSION}, and a count short of the
 * expected one means someone else wrote first. A sync also records the page version it applied and the memos on it
 * ({@link SyncRecordEntity}), so that an older version can never be applied over a newer one, and writes the page's
 * decisions that changed ({@link AoDecisionRepository#writeChanges}) in the same transaction.
 */
public final class AoActionItemRepository implements ActionItemRepository {
    /** Rows per statement when a write touches very many items (bounded by SQL parameter limits). */
    private static final int CHUNK = VersionedRows.CHUNK;

    private final ActiveObjects ao;

    public AoActionItemRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<ActionItem> findByPage(long pageId) {
        return read(Query.select(COLUMNS).where("PAGE_ID = ?", pageId).order("ID"));
    }

    /**
     * Reads items as read-only rows: a streamed entity holds its values, where a found one looks each getter's
     * column up in the result set by name; for a page of 50 items that is a third less time
     * (docs/performance.md, section 4.4).
     */
    private List<ActionItem> read(Query query) {
        return ao.executeInTransaction(() -> {
            List<ActionItem> items = new ArrayList<>();
            ao.stream(ActionItemEntity.class, query, entity -> items.add(toItem(entity)));
            return items;
        });
    }

    @Override
    public Optional<ActionItem> findById(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) return Optional.empty();
        return read(Query.select(COLUMNS).where("ID = ?", (int) id)).stream().findFirst();
    }

    @Override
    public List<ActionItem> findByIds(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        if (ids.size() > MAX_IDS) throw new IllegalArgumentException("at most " + MAX_IDS + " ids");
        return read(Query.select(COLUMNS).where("ID IN (" + "?,".repeat(ids.size() - 1) + "?)",
                ids.stream().map(id -> (Object) (int) (long) id).toArray()));
    }

    @Override
    public List<StoredDecision> decisionsOfPage(long pageId) {
        return AoDecisionRepository.readPage(ao, pageId);
    }

    @Override
    public boolean write(SyncWrite write) {
        try {
            return ao.executeInTransaction(() -> writeInTransaction(write));
        } catch (StaleWrite e) {
            return false;
        } catch (RuntimeException e) {
            if (lostToConcurrentWriter(e)) return false;
            throw e;
        }
    }

    /**
     * Two writers on the same rows: the database rolled this one back (deadlock, serialization failure), the
     * other one inserted the same item or page version first (unique key), or held its lock past H2's lock
     * timeout (HYT00). Nothing was written; like a stale version, the caller reads again and decides.
     */
    private static boolean lostToConcurrentWriter(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (!(t instanceof SQLException sql)) continue;
            for (SQLException s = sql; s != null; s = s.getNextException()) {
                String state = s.getSQLState();
                if (state != null && (state.startsWith("40") || state.equals("23505") || state.equals("HYT00"))) return true;
            }
        }
        return false;
    }

    @Override
    public int syncedVersion(long pageId) {
        return ao.executeInTransaction(() -> {
            SyncRecordEntity[] rows = ao.find(SyncRecordEntity.class, Query.select("ID, PAGE_ID, PAGE_VERSION")
                    .where(SyncRecordEntity.ROW_KEY + " = ?", String.valueOf(pageId)));
            return rows.length == 0 ? 0 : rows[0].getPageVersion();
        });
    }

    @Override
    public void flagMemos(long pageId, Boolean removed, Boolean hidden) {
        ao.executeInTransaction(() -> {
            for (SyncRecordEntity row : ao.find(SyncRecordEntity.class, Query.select("ID, HIDDEN, REMOVED")
                    .where(SyncRecordEntity.PAGE_ID + " = ? AND " + SyncRecordEntity.MEMO_KEY + " IS NOT NULL", pageId))) {
                boolean newRemoved = removed != null ? removed : row.isRemoved();
                boolean newHidden = hidden != null ? hidden : row.isHidden();
                if (newRemoved == row.isRemoved() && newHidden == row.isHidden()) continue;
                row.setRemoved(newRemoved);
                row.setHidden(newHidden);
                row.save();
            }
            return null;
        });
    }

    private boolean writeInTransaction(SyncWrite write) {
        if (write.claim() != null) claim(write.claim());
        List<ActionItem> replacements = write.replacements();
        if (!VersionedRows.deleteUnchanged(ao, ActionItemEntity.class, replacements, ActionItem::id, item -> item.version() - 1)) {
            throw new StaleWrite();
        }
        // Replaced rows keep their ID, new rows get one from the database: AO builds one INSERT from the
        // columns of a batch's first row, so the two kinds never share a batch (an ID of NULL would fail it).
        List<Map<String, Object>> replaced = new ArrayList<>(replacements.size());
        for (ActionItem item : replacements) replaced.add(toRow(item, true));
        List<Map<String, Object>> inserted = new ArrayList<>(write.inserts().size());
        for (ActionItem item : write.inserts()) inserted.add(toRow(item, false));
        for (List<Map<String, Object>> rows : List.of(replaced, inserted)) {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                ao.create(ActionItemEntity.class, rows.subList(from, Math.min(from + CHUNK, rows.size())));
            }
        }
        if (!write.history().isEmpty()) {
            ao.create(StatusChangeEntity.class, write.history().stream().map(AoActionItemRepository::toRow).toList());
        }
        if (!AoDecisionRepository.writeChanges(ao, write.decisions())) throw new StaleWrite();
        return true;
    }

    /**
     * Records the page version this write applies, with its memo records, first, so that concurrent syncs of one page
     * queue here: the recorded rows of the page (its page row and memo rows), if they are older or the same, are
     * deleted and the new ones inserted in one batch. Rows of a newer recorded version are not deleted, and the insert
     * of the page row then breaks the unique row key (23505): the write is refused and rolled back, memo rows
     * included. Under READ COMMITTED a concurrent claim holds the rows (or the unique key) until it commits; the
     * waiting one then finds them gone and its insert refused, so of two claims the newer version always wins.
     * The memo rows ride in the page row's batch, so they cost no statement (a page of more than {@link #CHUNK}
     * memos aside).
     */
    private void claim(SyncWrite.PageVersion claim) {
        ao.deleteWithSQL(SyncRecordEntity.class, SyncRecordEntity.PAGE_ID + " = ? AND " + SyncRecordEntity.PAGE_VERSION + " <= ?",
                claim.pageId(), claim.version());
        List<Map<String, Object>> rows = AoMemoRecordRepository.claimRows(claim);
        for (int from = 0; from < rows.size(); from += CHUNK) {
            ao.create(SyncRecordEntity.class, rows.subList(from, Math.min(from + CHUNK, rows.size())));
        }
    }

    @Override
    public List<ActionItem> findAfter(ActionItemQuery query, ListPosition after, int max) {
        ListQuery sql = ListQuery.of(query, after);
        return read(Query.select(COLUMNS).where(sql.where(), sql.params().toArray()).order(ListQuery.order(query)).limit(max));
    }

    @Override
    public List<StatusChange> history(long itemId) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(StatusChangeEntity.class,
                        Query.select().where("ITEM_ID = ?", itemId).order("ID")))
                .map(e -> new StatusChange(e.getItemId(), instant(e.getChangedAt()), e.getActorKey(),
                        status(e.getOldStatus()), status(e.getNewStatus()),
                        StatusChange.Via.valueOf(e.getVia().toUpperCase(Locale.ROOT))))
                .toList());
    }

    /** The contacts registers' erasure records, read as the register reads them. */
    @Override
    public java.util.Set<String> erasedAmong(java.util.Set<String> identityFingerprints) {
        return io.meetingmemo.contact.ao.ContactErasures.erasedAmong(ao, identityFingerprints);
    }

    /** The WHERE clause of a list query; every value is a bind parameter. */
    record ListQuery(String where, List<Object> params) {
        static ListQuery of(ActionItemQuery q, ListPosition after) {
            StringBuilder where = new StringBuilder("HIDDEN = ?");
            List<Object> params = new ArrayList<>(List.of(false));
            if (!q.includeRemoved()) { where.append(" AND REMOVED = ?"); params.add(false); }
            switch (q.status()) {
                case OPEN -> { where.append(" AND STATUS = ?"); params.add(ActionStatus.OPEN.wireName()); }
                case DONE -> { where.append(" AND STATUS = ?"); params.add(ActionStatus.DONE.wireName()); }
                case ALL -> { }
            }
            if (q.assigneeKey() != null) { where.append(" AND ASSIGNEE_KEY = ?"); params.add(q.assigneeKey()); }
            if (!q.spaceKeys().isEmpty()) {
                where.append(" AND SPACE_KEY IN (").append("?,".repeat(q.spaceKeys().size() - 1)).append("?)");
                params.addAll(q.spaceKeys());
            }
            if (q.pageId() != null) { where.append(" AND PAGE_ID = ?"); params.add(q.pageId()); }
            if (q.series() != null) { where.append(" AND MEMO_SERIES = ?"); params.add(q.series()); }
            // ISO dates compare as text; a memo without a date (NULL) is before nothing.
            if (q.memoDateBefore() != null) { where.append(" AND MEMO_DATE < ?"); params.add(q.memoDateBefore().toString()); }
            if (q.dueBefore() != null) { where.append(" AND DUE_SORT < ?"); params.add(q.dueBefore().toString()); }
            if (q.dueAfter() != null) {
                where.append(" AND DUE_SORT > ? AND DUE_SORT < ?");
                params.add(q.dueAfter().toString());
                params.add(ListPosition.NO_DUE_DATE);
            }
            if (q.overdueOn() != null) {
                where.append(" AND STATUS = ? AND DUE_SORT < ?");
                params.add(ActionStatus.OPEN.wireName());
                params.add(q.overdueOn().toString());
            }
            if (q.text() != null && !q.text().isBlank()) {
                // Quoted inside the function: AO quotes only bare column names (PostgreSQL is case-sensitive).
                where.append(" AND LOWER(\"TEXT\") LIKE ? ESCAPE '!'");
                params.add("%" + VersionedRows.likeEscape(q.text().trim().toLowerCase(Locale.ROOT)) + "%");
            }
            if (after != null) {
                // The leading DUE_SORT >= ? lets the database seek to the position in the list index.
                where.append(" AND DUE_SORT >= ? AND (DUE_SORT > ? OR ID > ?)");
                params.add(after.dueSortKey());
                params.add(after.dueSortKey());
                params.add((int) Math.min(after.id(), Integer.MAX_VALUE));
            }
            return new ListQuery(where.toString(), params);
        }

        /**
         * The list order (due date, then id), preceded by the columns the filter fixes to one value: that leaves
         * the order as it is, but lets the entity's list indexes (those columns, due date, id) deliver the rows
         * in order and stop at the limit instead of sorting every match. A page's items are few and keep the
         * plain order, so that the page index stays the obvious choice.
         */
        static String order(ActionItemQuery q) {
            String list = "DUE_SORT ASC, ID ASC";
            boolean oneStatus = q.status() != ActionItemQuery.StatusFilter.ALL;
            if (q.pageId() != null) return list;
            if (q.assigneeKey() != null) return oneStatus ? "ASSIGNEE_KEY ASC, STATUS ASC, " + list : "ASSIGNEE_KEY ASC, " + list;
            if (q.series() != null) return "MEMO_SERIES ASC, " + list;
            if (q.spaceKeys().size() == 1) return oneStatus ? "SPACE_KEY ASC, STATUS ASC, " + list : "SPACE_KEY ASC, " + list;
            return oneStatus && q.spaceKeys().isEmpty() ? "STATUS ASC, " + list : list;
        }

    }

    /**
     * The columns {@link #toItem} reads: the ones {@link #toRow} writes, and ID. A changed row is replaced by a new
     * one under its ID, so every column has to be read and written back, or the replacement resets it.
     */
    static final String COLUMNS = "ID, PAGE_ID, PAGE_ITEM_KEY, SPACE_KEY, PAGE_TITLE, MEMO_KEY, MEMO_TITLE, MEMO_DATE, MEMO_SERIES, "
            + "ITEM_KEY, SOURCE, TEXT, ASSIGNEE_KEY, OWNER_NAME, DUE_DATE, DUE_SORT, STATUS, PAGE_STATUS, COMPLETED_AT, "
            + "COMPLETED_BY, CREATED_AT, UPDATED_AT, REMOVED, HIDDEN, VERSION, PRIORITY, FOLLOW_UP_KEY";

    private static Map<String, Object> toRow(ActionItem item, boolean keepId) {
        Map<String, Object> row = new HashMap<>();
        if (keepId) row.put("ID", (int) item.id());
        row.put("PAGE_ID", item.pageId());
        row.put(ActionItemEntity.PAGE_ITEM_KEY, item.pageId() + ":" + item.itemKey());
        row.put("SPACE_KEY", item.spaceKey());
        row.put("PAGE_TITLE", item.pageTitle());
        row.put("MEMO_KEY", item.memoKey());
        row.put("MEMO_TITLE", item.memoTitle());
        row.put("MEMO_DATE", item.memoDate() == null ? null : item.memoDate().toString());
        row.put("MEMO_SERIES", item.memoSeries());
        row.put("ITEM_KEY", item.itemKey());
        row.put("SOURCE", item.source().wireName());
        row.put("TEXT", item.text());
        row.put("ASSIGNEE_KEY", item.assigneeKey());
        row.put("OWNER_NAME", item.ownerName());
        row.put("DUE_DATE", item.dueDate() == null ? null : item.dueDate().toString());
        row.put(ActionItemEntity.DUE_SORT, ListPosition.dueSortKey(item.dueDate()));
        row.put("STATUS", item.status().wireName());
        row.put("PAGE_STATUS", item.pageStatus() == null ? null : item.pageStatus().wireName());
        row.put("COMPLETED_AT", date(item.completedAt()));
        row.put("COMPLETED_BY", item.completedBy());
        row.put("CREATED_AT", date(item.createdAt()));
        row.put("UPDATED_AT", date(item.updatedAt()));
        row.put("REMOVED", item.removed());
        row.put("HIDDEN", item.hidden());
        row.put("VERSION", item.version());
        row.put(ActionItemEntity.PRIORITY, item.priority());
        row.put("FOLLOW_UP_KEY", item.followUpKey());
        return row;
    }

    private static Map<String, Object> toRow(StatusChange change) {
        Map<String, Object> row = new HashMap<>();
        row.put("ITEM_ID", change.itemId());
        row.put("CHANGED_AT", date(change.changedAt()));
        row.put("ACTOR_KEY", change.actorKey());
        row.put("OLD_STATUS", change.oldStatus() == null ? null : change.oldStatus().wireName());
        row.put("NEW_STATUS", change.newStatus().wireName());
        row.put("VIA", change.via().wireName());
        return row;
    }

    static ActionItem toItem(ActionItemEntity e) {
        PageContent page = new PageContent(e.getPageId(), e.getSpaceKey(), e.getPageTitle(), e.getMemoKey(), e.getMemoTitle(),
                localDate(e.getMemoDate()), e.getMemoSeries(), e.getItemKey(),
                ActionSource.valueOf(e.getSource().toUpperCase(Locale.ROOT)), e.getText(), e.getAssigneeKey(),
                e.getOwnerName(), localDate(e.getDueDate()), status(e.getPageStatus()), e.getFollowUpKey());
        TrackerState tracker = new TrackerState(status(e.getStatus()), instant(e.getCompletedAt()), e.getCompletedBy(),
                instant(e.getCreatedAt()), instant(e.getUpdatedAt()), e.isRemoved(), e.isHidden(), e.getVersion(),
                e.getPriority());
        return new ActionItem(e.getID(), page, tracker);
    }

    private static ActionStatus status(String wire) {
        return wire == null ? null : ActionStatus.fromWireName(wire).orElse(ActionStatus.OPEN);
    }

    private static LocalDate localDate(String iso) { return iso == null ? null : LocalDate.parse(iso); }

    private static Instant instant(Date date) { return date == null ? null : date.toInstant(); }

    private static Date date(Instant instant) { return instant == null ? null : Date.from(instant); }

    /** Rolls the transaction back when a replaced row was changed by someone else. */
    private static final class StaleWrite extends RuntimeException {
        StaleWrite() { super(null, null, false, false); }
    }
}
