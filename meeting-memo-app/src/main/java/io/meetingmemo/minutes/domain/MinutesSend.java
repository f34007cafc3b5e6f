package io.meetingmemo.minutes.domain;

import java.time.Instant;
import java.util.List;

/**
 * One recorded sending of a memo's minutes: who sent them, when, from which version of the page, and what became
 * of each person named in the memo (handed over to the mail queue, or skipped and why).
 */
public record MinutesSend(long id, long pageId, String memoKey, int pageVersion, String senderKey, Instant sentAt,
                          List<Delivery> deliveries) {
    public MinutesSend {
        deliveries = List.copyOf(deliveries);
    }

    /**
     * What became of one recipient.
     *
     * @param userKey           the user's key; null for a guest
     * @param address           the address mail went (or would have gone) to, as given; null when none
     * @param reason            why nothing was sent; null when the mail was queued
     * @param withoutPageAccess queued for someone who may not view the page, because the sender included them
     */
    public record Delivery(String recipientId, String userKey, String name, String address, SkipReason reason,
                           boolean withoutPageAccess) {
        public boolean queued() { return reason == null; }
    }

    /** How many people the minutes were handed over for: "sent to 7 people". */
    public int queuedCount() { return (int) deliveries.stream().filter(Delivery::queued).count(); }
}
