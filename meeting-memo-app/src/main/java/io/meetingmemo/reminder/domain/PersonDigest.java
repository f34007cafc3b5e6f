package io.meetingmemo.reminder.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One person's weekly digest while it is collected: open items (the first {@link PersonReminder#MAX_LISTED} listed,
 * overdue first, all counted), how many are overdue, what was closed in the week, and the next meetings of the
 * series their open items come from.
 */
public final class PersonDigest {
    private final PersonReminder open;
    private final PersonReminder closed;
    private int overdue;
    private final Map<String, LocalDate> lastMemoBySeries = new TreeMap<>();

    public PersonDigest(String recipientKey) {
        this.open = new PersonReminder(recipientKey);
        this.closed = new PersonReminder(recipientKey);
    }

    public void addOpen(DueItem item, LocalDate today) {
        open.add(item);
        if (item.dueDate() != null && item.dueDate().isBefore(today)) overdue++;
        if (item.series() != null) lastMemoBySeries.putIfAbsent(item.series(), null);
    }

    public void addClosed(DueItem item) { closed.add(item); }

    public String recipientKey() { return open.recipientKey(); }

    public PersonReminder open() { return open; }

    public PersonReminder closed() { return closed; }

    public int overdue() { return overdue; }

    public java.util.Set<String> series() { return lastMemoBySeries.keySet(); }

    public boolean isEmpty() { return open.total() == 0 && closed.total() == 0; }

    /** Items on pages the person can no longer view are left out of both lists. */
    public void removeAll(java.util.function.Predicate<DueItem> notVisible) {
        open.removeAll(notVisible);
        closed.removeAll(notVisible);
    }

    public static List<Map.Entry<String, LocalDate>> sorted(Map<String, LocalDate> next) {
        return next.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
    }
}
