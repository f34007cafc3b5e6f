package io.meetingmemo.decision.domain;

import java.time.Instant;

/**
 * A decision as the tracker holds it: what its page says ({@link DecisionRecord}) and what the tracker keeps about
 * it. A decision that leaves its page is kept, marked removed, and comes back with its id when its key returns.
 *
 * @param id        database id, stable across syncs of its page; 0 before the row exists
 * @param removed   the decision left its page, or the page was purged
 * @param hidden    the page is in the trash
 * @param version   1 for a new row, one more with every write of it: a replacement is checked against the version read
 * @param createdAt when a sync first recorded the decision
 * @param updatedAt when a sync last changed its row
 */
public record StoredDecision(long id, DecisionRecord decision, boolean removed, boolean hidden, int version,
                             Instant createdAt, Instant updatedAt) {

    public long pageId() { return decision.pageId(); }

    /** Where the decision stands in the decision log ({@link DecisionPosition}). */
    public DecisionPosition position() { return DecisionPosition.of(decision.memoDate(), id); }

    static StoredDecision newFromPage(DecisionRecord decision, Instant now) {
        return new StoredDecision(0, decision, false, false, 1, now, now);
    }

    /** This row as its page now has it: the page's content, back on the page and out of the trash, written {@code now}. */
    StoredDecision updatedFrom(DecisionRecord fresh, Instant now) {
        return new StoredDecision(id, fresh, false, false, version + 1, createdAt, now);
    }

    /** This row with these flags, written {@code now}. */
    StoredDecision withFlags(boolean newRemoved, boolean newHidden, Instant now) {
        return new StoredDecision(id, decision, newRemoved, newHidden, version + 1, createdAt, now);
    }
}
