package io.meetingmemo.reminder.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One person's reminder while it is collected: the first {@link #MAX_LISTED} items in due-date order, and how many
 * there are in all. A person with 10,000 items due gets a mail of 100 and a link to all of them, and the run never
 * holds more than 100 items of anyone.
 */
public final class PersonReminder {
    public static final int MAX_LISTED = 100;

    private final String recipientKey;
    private final List<DueItem> listed = new ArrayList<>();
    private int total;

    public PersonReminder(String recipientKey) {
        this.recipientKey = recipientKey;
    }

    /** Adds the item (its order among the person's items decides whether it is listed). */
    public void add(DueItem item) {
        total++;
        listed.add(item);
        if (listed.size() > MAX_LISTED) {
            listed.sort(ORDER);
            listed.remove(listed.size() - 1);
        }
    }

    /** Items whose page the person can no longer view are taken out, and no longer counted. */
    public void removeAll(java.util.function.Predicate<DueItem> notVisible) {
        int before = listed.size();
        listed.removeIf(notVisible);
        total -= before - listed.size();
    }

    public String recipientKey() { return recipientKey; }

    public List<DueItem> listed() {
        listed.sort(ORDER);
        return List.copyOf(listed);
    }

    public int total() { return total; }

    /** How many items the mail does not list (they are behind the link to the person's items). */
    public int notListed() { return Math.max(0, total - listed.size()); }

    /** Overdue first, then by due date, then as tracked. */
    static final java.util.Comparator<DueItem> ORDER = java.util.Comparator
            .comparing(DueItem::dueDate, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparingLong(DueItem::id);
}
