package io.meetingmemo.actionitem.export;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import biweekly.util.ICalDate;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.memo.domain.ActionStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.function.Function;

/**
 * Action items with a due date as an iCalendar (RFC 5545) feed: one all-day event per item on its due
 * day. The UID is derived from the item id only, so a calendar that subscribes to the feed updates an
 * entry when the item changes (SEQUENCE follows the item's version) instead of adding a duplicate.
 */
public final class ActionItemCalendar {
    private static final int MAX_LINE_OCTETS = 75;
    private final Function<ActionItem, String> ownerOf;
    private final Function<ActionItem, String> urlOf;
    private final String uidDomain;

    /**
     * @param ownerOf   who an item is for, as the one presenter shows it ({@code ItemPresenter.owner})
     * @param uidDomain the part after {@code @} in every UID, e.g. the plugin key
     */
    public ActionItemCalendar(Function<ActionItem, String> ownerOf, Function<ActionItem, String> urlOf, String uidDomain) {
        this.ownerOf = ownerOf;
        this.urlOf = urlOf;
        this.uidDomain = uidDomain;
    }

    public String write(Iterable<ActionItem> items, String calendarName) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Meeting Memo//Action items//EN");
        calendar.setName(calendarName);
        for (ActionItem item : items) {
            if (item.dueDate() == null) continue;
            VEvent event = new VEvent();
            event.setUid(uid(item.id()));
            boolean done = item.status() == ActionStatus.DONE;
            event.setSummary((done ? "✓ " : "") + item.text());
            event.setDateStart(new ICalDate(day(item.dueDate()), false));
            event.setDateEnd(new ICalDate(day(item.dueDate().plusDays(1)), false));
            event.setSequence(item.version());
            if (item.updatedAt() != null) {
                event.setDateTimeStamp(Date.from(item.updatedAt()));
                event.setLastModified(Date.from(item.updatedAt()));
            }
            event.setStatus(item.removed() ? Status.cancelled() : Status.confirmed());
            event.setUrl(urlOf.apply(item));
            event.setDescription(description(item));
            calendar.addEvent(event);
        }
        return foldedAt75Octets(Biweekly.write(calendar).version(ICalVersion.V2_0).foldLines(false).go());
    }

    /**
     * RFC 5545 §3.1: content lines longer than 75 octets (of UTF-8, without the line break) are folded: a CRLF and
     * one space are inserted, the space counting towards the next line's 75. biweekly folds by characters, which
     * gives up to 150 octets for Finnish or emoji text, so folding is done here instead, only between whole
     * characters (a code point's UTF-8 sequence is never split). Unfolding gives the line back exactly.
     */
    static String foldedAt75Octets(String ics) {
        StringBuilder out = new StringBuilder(ics.length() + ics.length() / 32);
        int lineStart = 0;
        while (lineStart < ics.length()) {
            int end = ics.indexOf("\r\n", lineStart);
            int lineEnd = end < 0 ? ics.length() : end;
            int octets = 0;
            for (int i = lineStart; i < lineEnd; ) {
                int cp = ics.codePointAt(i);
                int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + size > MAX_LINE_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            if (end < 0) break;
            out.append("\r\n");
            lineStart = end + 2;
        }
        return out.toString();
    }

    public String uid(long itemId) { return "action-item-" + itemId + "@" + uidDomain; }

    private String description(ActionItem item) {
        String owner = ownerOf.apply(item);
        StringBuilder text = new StringBuilder();
        if (owner != null) text.append(owner).append('\n');
        text.append(item.memoTitle() == null ? item.pageTitle() : item.memoTitle() + " – " + item.pageTitle());
        return text.toString();
    }

    /** The start of a calendar day as biweekly expects it for date-only values (the JVM's zone). */
    private static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
