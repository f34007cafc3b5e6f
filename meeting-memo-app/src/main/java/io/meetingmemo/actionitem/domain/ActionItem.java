package io.meetingmemo.actionitem.domain;

import io.meetingmemo.memo.domain.ActionSource;
import io.meetingmemo.memo.domain.ActionStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * A tracked action item: what the page says about it (text, assignee, due date, where it lives) plus
 * what the tracker knows (status, who completed it, whether it left the page, its version for
 * optimistic locking).
 *
 * @param id         database id; 0 before the row exists
 * @param pageStatus the task checkbox state seen at the last sync (tasks only), so a save that leaves the
 *                   checkbox alone does not undo a status set through REST
 * @param hidden     the page is in the trash
 * @param removed    the item left its page (or the page was purged); kept so nothing is lost
 */
public record ActionItem(long id, long pageId, String spaceKey, String pageTitle,
                         String memoKey, String memoTitle, LocalDate memoDate, String memoSeries,
                         String itemKey, ActionSource source, String text, String assigneeKey, String ownerName,
                         LocalDate dueDate, ActionStatus status, ActionStatus pageStatus,
                         Instant completedAt, String completedBy, Instant createdAt, Instant updatedAt,
                         boolean removed, boolean hidden, int version) {

    /** The longest text the tracker stores in a key, series, owner or user column (the database's VARCHAR(255)). */
    public static final int MAX_STORED_LENGTH = 255;

    /**
     * A value as the tracker stores it: unchanged when it fits, else cut and given a hash of the whole value, so
     * that a hostile 1,000-character macro id or series can neither fail the sync nor merge with another value.
     * Keys are looked up through this too, so a page's items are found again whatever their ids.
     */
    public static String stored(String value) {
        if (value == null || value.length() <= MAX_STORED_LENGTH) return value;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            int cut = MAX_STORED_LENGTH - 17;
            if (Character.isHighSurrogate(value.charAt(cut - 1))) cut--;
            return value.substring(0, cut) + "~" + HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public boolean isOverdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate != null && dueDate.isBefore(today);
    }

    /** This item with its text as a reader is shown it (mentions as display names), for exports; never stored. */
    public ActionItem withText(String shownText) {
        return new ActionItem(id, pageId, spaceKey, pageTitle, memoKey, memoTitle, memoDate, memoSeries, itemKey, source,
                shownText, assigneeKey, ownerName, dueDate, status, pageStatus, completedAt, completedBy, createdAt, updatedAt,
                removed, hidden, version);
    }

    /** Same page-derived content, ignoring tracker fields and timestamps. */
    boolean sameContentAs(ActionItem other) {
        return pageId == other.pageId && eq(spaceKey, other.spaceKey) && eq(pageTitle, other.pageTitle)
                && eq(memoKey, other.memoKey) && eq(memoTitle, other.memoTitle) && eq(memoDate, other.memoDate)
                && eq(memoSeries, other.memoSeries) && eq(itemKey, other.itemKey) && source == other.source
                && eq(text, other.text) && eq(assigneeKey, other.assigneeKey) && eq(ownerName, other.ownerName)
                && eq(dueDate, other.dueDate) && pageStatus == other.pageStatus;
    }

    /** The same action as the page writes it (source, text, people, due date), wherever its memo or key now is. */
    boolean sameActionAs(ActionItem other) {
        return source == other.source && eq(text, other.text) && eq(assigneeKey, other.assigneeKey)
                && eq(ownerName, other.ownerName) && eq(dueDate, other.dueDate);
    }

    private static boolean eq(Object a, Object b) { return a == null ? b == null : a.equals(b); }

    ActionItem withStatus(ActionStatus newStatus, String actorKey, Instant now) {
        boolean done = newStatus == ActionStatus.DONE;
        return new ActionItem(id, pageId, spaceKey, pageTitle, memoKey, memoTitle, memoDate, memoSeries, itemKey, source,
                text, assigneeKey, ownerName, dueDate, newStatus, pageStatus,
                done ? now : null, done ? actorKey : null, createdAt, now, removed, hidden, version + 1);
    }

    /** This row under another key, marked as having left its page; status and history stay its own. */
    ActionItem renumberedAndRemoved(String newItemKey, Instant now) {
        return new ActionItem(id, pageId, spaceKey, pageTitle, memoKey, memoTitle, memoDate, memoSeries, newItemKey, source,
                text, assigneeKey, ownerName, dueDate, status, pageStatus, completedAt, completedBy, createdAt, now,
                true, hidden, version + 1);
    }

    ActionItem withFlags(boolean newRemoved, boolean newHidden, Instant now) {
        return new ActionItem(id, pageId, spaceKey, pageTitle, memoKey, memoTitle, memoDate, memoSeries, itemKey, source,
                text, assigneeKey, ownerName, dueDate, status, pageStatus, completedAt, completedBy, createdAt, now,
                newRemoved, newHidden, version + 1);
    }
}
