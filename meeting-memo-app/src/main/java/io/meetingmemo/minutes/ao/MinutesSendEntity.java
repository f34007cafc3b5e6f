package io.meetingmemo.minutes.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Schema version 8 (upgrade task {@code v8.AddMinutesSendsUpgradeTask008}): one sending of a memo's minutes
 * ({@code io.meetingmemo.minutes.domain.MinutesSend}); its recipients are {@link MinutesDeliveryEntity} rows. Never
 * remove or rename a column: Active Objects drops what the interface no longer declares.
 */
@Table("MINUTES_SEND")
@Preload
public interface MinutesSendEntity extends Entity {
    @NotNull @Indexed long getPageId();
    void setPageId(long pageId);

    /** The memo's key on its page, as the memo macro names it. */
    @NotNull @StringLength(450) String getMemoKey();
    void setMemoKey(String memoKey);

    /** The page version the sender previewed and sent. */
    @NotNull int getPageVersion();
    void setPageVersion(int version);

    @NotNull String getSenderKey();
    void setSenderKey(String userKey);

    @NotNull Date getSentAt();
    void setSentAt(Date sentAt);

    /** How many recipients the minutes were queued for (the memo's "sent to N people"). */
    @NotNull int getQueuedCount();
    void setQueuedCount(int count);
}
