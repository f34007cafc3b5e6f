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
 * A tracked action item: what the page says about it ({@link PageContent}: text, people, due date, where it lives)
 * and what the tracker owns ({@link TrackerState}: status, who completed it, whether it left the page, its version
 * for optimistic locking, its priority). The two are apart because they change apart: a sync replaces the page
 * content with what the page now says, while the tracker state is carried over and only moved on by the
 * tracker's own rules, so no write of an item can lose a value the page knows nothing of.
 *
 * <p>The accessors of both parts are repeated here ({@code item.text()}, {@code item.status()}, …) for the many
 * readers that only show an item.
 *
 * @param id database id; 0 before the row exists
 */
public record ActionItem(long id, PageContent page, TrackerState tracker) {

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

    /** A new item for an action first seen on its page, in its first status ({@code actorKey} completed it if done). */
    public static ActionItem newFromPage(PageContent page, ActionStatus status, String actorKey, Instant now) {
        return new ActionItem(0, page, TrackerState.ofNewItem(status, actorKey, now));
    }

    /**
     * This item as its page now has it: the page's content, in {@code status} ({@code actorKey} changed it if it is
     * another), back on the page and out of the trash. Its history, priority and other tracker values stay.
     */
    ActionItem updatedFrom(PageContent fresh, ActionStatus status, String actorKey, Instant now) {
        TrackerState state = status == tracker.status() ? tracker : tracker.inStatus(status, actorKey, now);
        return new ActionItem(id, fresh, state.flagged(false, false).touched(now));
    }

    public boolean isOverdue(LocalDate today) {
        return status() == ActionStatus.OPEN && dueDate() != null && dueDate().isBefore(today);
    }

    /** This item with its text as a reader is shown it (mentions as display names), for exports; never stored. */
    public ActionItem withText(String shownText) {
        return new ActionItem(id, page.withText(shownText), tracker);
    }

    /** Same page-derived content, ignoring tracker fields and timestamps. */
    boolean sameContentAs(PageContent other) {
        return page.equals(other);
    }

    /** The same action as the page writes it (source, text, people, due date), wherever its memo or key now is. */
    boolean sameActionAs(PageContent other) {
        return page.sameActionAs(other);
    }

    ActionItem withStatus(ActionStatus newStatus, String actorKey, Instant now) {
        return new ActionItem(id, page, tracker.inStatus(newStatus, actorKey, now).touched(now));
    }

    /** This row under another key, marked as having left its page; status and history stay its own. */
    ActionItem renumberedAndRemoved(String newItemKey, Instant now) {
        return new ActionItem(id, page.withItemKey(newItemKey), tracker.flagged(true, tracker.hidden()).touched(now));
    }

    ActionItem withFlags(boolean newRemoved, boolean newHidden, Instant now) {
        return new ActionItem(id, page, tracker.flagged(newRemoved, newHidden).touched(now));
    }

    // What the page says.
    public long pageId() { return page.pageId(); }
    public String spaceKey() { return page.spaceKey(); }
    public String pageTitle() { return page.pageTitle(); }
    public String memoKey() { return page.memoKey(); }
    public String memoTitle() { return page.memoTitle(); }
    public LocalDate memoDate() { return page.memoDate(); }
    public String memoSeries() { return page.memoSeries(); }
    public String itemKey() { return page.itemKey(); }
    public ActionSource source() { return page.source(); }
    public String text() { return page.text(); }
    public String assigneeKey() { return page.assigneeKey(); }
    public String ownerName() { return page.ownerName(); }
    /** Who follows up the item of an owner without an account, as stored; null when the page names nobody. */
    public String followUpKey() { return page.followUpKey(); }
    public LocalDate dueDate() { return page.dueDate(); }
    public ActionStatus pageStatus() { return page.pageStatus(); }

    // What the tracker owns.
    public ActionStatus status() { return tracker.status(); }
    public Instant completedAt() { return tracker.completedAt(); }
    public String completedBy() { return tracker.completedBy(); }
    public Instant createdAt() { return tracker.createdAt(); }
    public Instant updatedAt() { return tracker.updatedAt(); }
    public boolean removed() { return tracker.removed(); }
    public boolean hidden() { return tracker.hidden(); }
    public int version() { return tracker.version(); }
    public String priority() { return tracker.priority(); }
}
