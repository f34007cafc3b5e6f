package io.meetingmemo.actionitem.domain;

import io.meetingmemo.memo.domain.ActionStatus;
import java.time.Instant;

/**
 * What the tracker knows about an action item and the page does not say: its status and who completed it,
 * its history timestamps, whether it left the page or the page is in the trash, its version for optimistic
 * locking, and its priority. A sync replaces an item's {@link PageContent} but carries all of this over, so a
 * stored row is always written back with the tracker's values it already had.
 *
 * @param removed  the item left its page (or the page was purged); kept so nothing is lost
 * @param hidden   the page is in the trash
 * @param version  1 for a new item, one more with every write of it
 * @param priority how urgent the item is, as stored ({@code high}, {@code normal}, {@code low}); nothing on the
 *                 page sets it, and a row that names none is {@link #NORMAL_PRIORITY}
 */
public record TrackerState(ActionStatus status, Instant completedAt, String completedBy, Instant createdAt,
                           Instant updatedAt, boolean removed, boolean hidden, int version, String priority) {

    /** The priority of a new item and of a stored row that names none; the database column's default too. */
    public static final String NORMAL_PRIORITY = "normal";

    public TrackerState {
        if (priority == null) priority = NORMAL_PRIORITY;
    }

    /** A new item, first seen on its page {@code now} in this status (done by {@code actorKey} when it is done). */
    public static TrackerState ofNewItem(ActionStatus status, String actorKey, Instant now) {
        return new TrackerState(status, null, null, now, now, false, false, 1, NORMAL_PRIORITY).inStatus(status, actorKey, now);
    }

    /** In another status: done records who completed it and when, open forgets that. Not yet {@link #touched}. */
    TrackerState inStatus(ActionStatus newStatus, String actorKey, Instant now) {
        boolean done = newStatus == ActionStatus.DONE;
        return new TrackerState(newStatus, done ? now : null, done ? actorKey : null, createdAt, updatedAt, removed, hidden,
                version, priority);
    }

    /** With these flags. Not yet {@link #touched}. */
    TrackerState flagged(boolean newRemoved, boolean newHidden) {
        return new TrackerState(status, completedAt, completedBy, createdAt, updatedAt, newRemoved, newHidden, version, priority);
    }

    /** As written again {@code now}: updated then and one version on, so the write is checked against the version before. */
    TrackerState touched(Instant now) {
        return new TrackerState(status, completedAt, completedBy, createdAt, now, removed, hidden, version + 1, priority);
    }
}
