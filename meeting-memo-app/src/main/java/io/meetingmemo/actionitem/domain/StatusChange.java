package io.meetingmemo.actionitem.domain;

import io.meetingmemo.memo.domain.ActionStatus;
import java.time.Instant;

/**
 * One entry of an item's status history.
 *
 * @param oldStatus null when the item was created with its first status
 * @param actorKey  user key of who made the change; null for a page save without a known user
 * @param via       whether the change came from a page save or a REST call
 */
public record StatusChange(long itemId, Instant changedAt, String actorKey, ActionStatus oldStatus,
                           ActionStatus newStatus, Via via) {
    public enum Via {
        PAGE, REST;

        public String wireName() { return name().toLowerCase(java.util.Locale.ROOT); }
    }
}
