package io.meetingmemo.actionitem.domain;

import io.meetingmemo.decision.domain.DecisionChanges;
import io.meetingmemo.memo.domain.MemoRecord;
import java.util.List;

/**
 * The difference between a page and the tracker, written in one transaction with a fixed number of
 * statements: new rows are inserted in one batch; changed rows are replaced (a compare-and-delete on
 * id and version, then a batch insert under the same ids); status changes are appended to history.
 *
 * @param replacements new state of existing rows; each carries its id and its new version (old + 1)
 * @param claim        the page version this write applies, with the memos on it, recorded in the same transaction, or
 *                     null for writes that apply no page version (status changes, trash, purge). The write fails
 *                     (writes nothing) when a newer version of the page is recorded, or when another writer records one
 *                     meanwhile.
 * @param decisions    the page's decisions that changed, written in the same transaction (a replaced decision row
 *                     changed by another writer meanwhile fails the write as a replaced item does)
 */
public record SyncWrite(List<ActionItem> inserts, List<ActionItem> replacements, List<StatusChange> history,
                        PageVersion claim, DecisionChanges decisions) {
    public SyncWrite {
        inserts = List.copyOf(inserts);
        replacements = List.copyOf(replacements);
        history = List.copyOf(history);
        if (decisions == null) decisions = DecisionChanges.NONE;
    }

    /** A write that applies no page version and changes no decision. */
    public SyncWrite(List<ActionItem> inserts, List<ActionItem> replacements, List<StatusChange> history) {
        this(inserts, replacements, history, null, DecisionChanges.NONE);
    }

    /** The same rows, applying version {@code version} of the page, whose memos are {@code memos}. */
    public SyncWrite claiming(long pageId, int version, List<MemoRecord> memos) {
        return new SyncWrite(inserts, replacements, history, new PageVersion(pageId, version, memos), decisions);
    }

    /** The same rows and these changes of the page's decisions. */
    public SyncWrite withDecisions(DecisionChanges changes) {
        return new SyncWrite(inserts, replacements, history, claim, changes);
    }

    /** No rows to write (a claim may still be there). */
    public boolean isEmpty() { return inserts.isEmpty() && replacements.isEmpty() && history.isEmpty() && decisions.isEmpty(); }

    /**
     * A version of a page, as a sync applied it, and the memos on that version: recorded together, so the memo records
     * are always those of the version the tracker holds.
     */
    public record PageVersion(long pageId, int version, List<MemoRecord> memos) {
        public PageVersion {
            memos = List.copyOf(memos);
        }
    }
}
