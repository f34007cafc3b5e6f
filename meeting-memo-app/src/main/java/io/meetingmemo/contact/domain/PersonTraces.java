package io.meetingmemo.contact.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the app's tables beyond the register hold that names a person of a space's register: for the administrator's
 * export, and for the erasure report of the pages that still name them. A row names the person by a field (an action
 * item's free-text owner, a guest the minutes were sent to) or by its text (an action's or a decision's words, which
 * are the page's text and stay as the page writes them).
 *
 * @param actionItems        items whose free-text owner is the person, or whose text names them
 * @param decisions          decisions whose text names them
 * @param memos              the memo records of the memos the person was a guest or contact of
 * @param minutesDeliveries  guests the memos' minutes were sent to who are the person
 * @param series             series whose default guests name the person
 */
public record PersonTraces(List<ItemTrace> actionItems, List<DecisionTrace> decisions, List<MemoTrace> memos,
                           List<DeliveryTrace> minutesDeliveries, List<SeriesTrace> series) {
    public PersonTraces {
        actionItems = List.copyOf(actionItems);
        decisions = List.copyOf(decisions);
        memos = List.copyOf(memos);
        minutesDeliveries = List.copyOf(minutesDeliveries);
        series = List.copyOf(series);
    }

    /** A series of the space whose default guests name the person ({@code guestLine} as stored). */
    public record SeriesTrace(String seriesKey, String name, String guestLine) {}

    /** @param ownedByThem whether the item's free-text owner is the person (else only its text names them) */
    public record ItemTrace(long id, long pageId, String pageTitle, String memoKey, String text, String ownerName,
                            String status, LocalDate dueDate, boolean ownedByThem) {}

    public record DecisionTrace(long id, long pageId, String pageTitle, String memoKey, String text) {}

    public record MemoTrace(long pageId, String pageTitle, String memoKey, String title, LocalDate date, String place,
                            String series) {}

    public record DeliveryTrace(long sendId, long pageId, String memoKey, Instant sentAt, String name, String address,
                                String skipReason) {}

    /** The pages whose stored rows name the person, in the order found. */
    public Set<Long> pages() {
        Set<Long> pages = new LinkedHashSet<>();
        actionItems.forEach(i -> pages.add(i.pageId()));
        decisions.forEach(d -> pages.add(d.pageId()));
        memos.forEach(m -> pages.add(m.pageId()));
        minutesDeliveries.forEach(d -> pages.add(d.pageId()));
        return pages;
    }

    /**
     * How many rows an erasure anonymised or removed, per table: the register's links, action items' owners, guests of
     * minutes deliveries, default guests of series. Page text (action and decision words) is never rewritten.
     */
    public record Anonymised(int links, int actionItems, int minutesDeliveries, int series) {}
}
