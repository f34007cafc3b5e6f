package io.meetingmemo.decision.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.meetingmemo.actionitem.ao.VersionedRows;
import io.meetingmemo.decision.domain.DecisionChanges;
import io.meetingmemo.decision.domain.DecisionPosition;
import io.meetingmemo.decision.domain.DecisionRecord;
import io.meetingmemo.decision.domain.StoredDecision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/**
 * Decisions in Active Objects ({@link DecisionEntity}). The sync reads a page's rows ({@link #readPage}) and writes its
 * changes ({@link #writeChanges}) inside the tracker's transaction (the action-item repository's), each with a fixed
 * number of statements whatever the number of decisions. The log reads the rows in hand-written SQL
 * ({@link SqlDecisionLog}).
 */
public final class AoDecisionRepository {
    private static final int CHUNK = VersionedRows.CHUNK;
    /** Separates the action keys in {@code ACTION_KEYS}; XML 1.0 cannot carry it, so no key contains it. */
    static final String KEY_SEPARATOR = "\u001F";
    /** The columns {@link #toDecision} reads: those {@link #toRow} writes, and ID. */
    static final String COLUMNS = "ID, PAGE_ID, ROW_KEY, SPACE_KEY, PAGE_TITLE, MEMO_KEY, MEMO_TITLE, MEMO_DATE, LOG_SORT, SERIES, "
            + "DECISION_KEY, TEXT, TAGS, ACTION_KEYS, REMOVED, HIDDEN, VERSION, CREATED_AT, UPDATED_AT";

    private AoDecisionRepository() {}

    /** Every decision row of a page, removed ones included, in id order; one query. */
    public static List<StoredDecision> readPage(ActiveObjects ao, long pageId) {
        return read(ao, Query.select(COLUMNS).where(DecisionEntity.PAGE_ID + " = ?", pageId).order("ID"));
    }

    private static List<StoredDecision> read(ActiveObjects ao, Query query) {
        return ao.executeInTransaction(() -> {
            List<StoredDecision> rows = new ArrayList<>();
            ao.stream(DecisionEntity.class, query, e -> rows.add(toDecision(e)));
            return rows;
        });
    }

    /**
     * Writes a page's decision changes in the caller's transaction: replaced rows are deleted by id and the version read
     * (one statement a chunk), then inserted again under their ids, and new rows inserted, each kind in one batch.
     *
     * @return false when another writer changed a replaced row first (the caller rolls the transaction back)
     */
    public static boolean writeChanges(ActiveObjects ao, DecisionChanges changes) {
        List<StoredDecision> replacements = changes.replacements();
        if (!VersionedRows.deleteUnchanged(ao, DecisionEntity.class, replacements, StoredDecision::id, d -> d.version() - 1)) return false;
        // AO builds one INSERT from the columns of a batch's first row: rows with an ID and new rows never share one.
        for (List<StoredDecision> rows : List.of(replacements, changes.inserts())) {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<Map<String, Object>> batch = new ArrayList<>();
                for (StoredDecision d : rows.subList(from, Math.min(from + CHUNK, rows.size()))) batch.add(toRow(d, d.id() > 0));
                ao.create(DecisionEntity.class, batch);
            }
        }
        return true;
    }

    private static Map<String, Object> toRow(StoredDecision d, boolean keepId) {
        DecisionRecord r = d.decision();
        Map<String, Object> row = new HashMap<>();
        if (keepId) row.put("ID", (int) d.id());
        row.put(DecisionEntity.PAGE_ID, r.pageId());
        row.put(DecisionEntity.ROW_KEY, r.pageId() + ":" + r.decisionKey());
        row.put("SPACE_KEY", r.spaceKey());
        row.put("PAGE_TITLE", r.pageTitle());
        row.put("MEMO_KEY", r.memoKey());
        row.put("MEMO_TITLE", r.memoTitle());
        row.put("MEMO_DATE", r.memoDate() == null ? null : r.memoDate().toString());
        row.put(DecisionEntity.LOG_SORT, DecisionPosition.of(r.memoDate(), 0).logSortKey());
        row.put("SERIES", r.series());
        row.put("DECISION_KEY", r.decisionKey());
        row.put("TEXT", r.text());
        row.put("TAGS", r.tags().isEmpty() ? null : "," + String.join(",", r.tags()) + ",");
        row.put("ACTION_KEYS", r.actionKeys().isEmpty() ? null : String.join(KEY_SEPARATOR, r.actionKeys()));
        row.put("REMOVED", d.removed());
        row.put("HIDDEN", d.hidden());
        row.put("VERSION", d.version());
        row.put("CREATED_AT", d.createdAt() == null ? null : Date.from(d.createdAt()));
        row.put("UPDATED_AT", d.updatedAt() == null ? null : Date.from(d.updatedAt()));
        return row;
    }

    private static StoredDecision toDecision(DecisionEntity e) {
        List<String> tags = e.getTags() == null ? List.of()
                : Arrays.stream(e.getTags().split(",")).filter(t -> !t.isEmpty()).toList();
        List<String> actionKeys = e.getActionKeys() == null ? List.of() : List.of(e.getActionKeys().split(KEY_SEPARATOR, -1));
        DecisionRecord r = new DecisionRecord(e.getPageId(), e.getSpaceKey(), e.getPageTitle(), e.getMemoKey(), e.getMemoTitle(),
                e.getMemoDate() == null ? null : LocalDate.parse(e.getMemoDate()), e.getSeries(), e.getDecisionKey(), e.getText(),
                tags, actionKeys);
        return new StoredDecision(e.getID(), r, e.isRemoved(), e.isHidden(), e.getVersion(), instant(e.getCreatedAt()),
                instant(e.getUpdatedAt()));
    }

    private static Instant instant(Date date) { return date == null ? null : date.toInstant(); }
}
