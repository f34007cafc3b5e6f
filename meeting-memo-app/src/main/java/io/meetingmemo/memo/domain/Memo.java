package io.meetingmemo.memo.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One {@code meeting-memo} macro on a page with every structured field, in document order.
 * Text fields are null when absent; lists are never null.
 *
 * @param key        the macro id, or a derived key that is stable across unchanged saves
 * @param date       the parsed {@code date}, or null when absent or not a real date
 * @param time       {@code HH:mm} or {@code HH:mm-HH:mm} as written (null when absent or malformed)
 * @param carryOver  whether the memo takes part in carrying open items over: it shows the open items of its series'
 *                   earlier memos; the {@code carry-over} parameter, true unless it says {@code false}
 */
public record Memo(String key, String title, LocalDate date, String time, String location, String series,
                   List<UserRef> attendees, List<UserRef> absent, UserRef minutesBy,
                   List<Guest> guests, List<Contact> contacts, List<Decision> decisions,
                   List<MemoAction> actions, boolean carryOver) {
    public Memo {
        attendees = List.copyOf(attendees);
        absent = List.copyOf(absent);
        guests = List.copyOf(guests);
        contacts = List.copyOf(contacts);
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
    }

    /** A memo that takes part in carrying open items over, as every memo does unless its {@code carry-over} says {@code false}. */
    /**
     * Which meeting of a series the memo stands for: its series and day (undated memos of a series share one); null
     * for a memo in no series. The next meeting and carried items cannot tell two memos with one key apart.
     */
    public String meetingKey() { return series == null ? null : series + "\n" + date; }

    public Memo(String key, String title, LocalDate date, String time, String location, String series,
                List<UserRef> attendees, List<UserRef> absent, UserRef minutesBy,
                List<Guest> guests, List<Contact> contacts, List<Decision> decisions, List<MemoAction> actions) {
        this(key, title, date, time, location, series, attendees, absent, minutesBy, guests, contacts, decisions, actions, true);
    }
}
