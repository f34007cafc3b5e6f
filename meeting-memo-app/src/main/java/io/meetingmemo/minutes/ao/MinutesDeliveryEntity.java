package io.meetingmemo.minutes.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Schema version 8: what became of one person named in a memo when its minutes were sent ({@link MinutesSendEntity}):
 * queued, or skipped and why. Addresses and names are kept as given (cut to 450 characters), so a malformed one can be
 * told apart later.
 */
@Table("MINUTES_DELIVERY")
@Preload
public interface MinutesDeliveryEntity extends Entity {
    @NotNull @Indexed long getSendId();
    void setSendId(long sendId);

    /** {@code user:<key>} or {@code guest:<n>}, as the preview named them. */
    @NotNull @StringLength(450) String getRecipientId();
    void setRecipientId(String id);

    String getUserKey();
    void setUserKey(String userKey);

    @StringLength(450) String getRecipientName();
    void setRecipientName(String name);

    @StringLength(450) String getAddress();
    void setAddress(String address);

    /** {@code SkipReason.wireName()}; null when the mail was queued. */
    String getSkipReason();
    void setSkipReason(String reason);

    /** Queued for someone who may not view the page, because the sender included them. */
    @NotNull boolean isWithoutPageAccess();
    void setWithoutPageAccess(boolean withoutPageAccess);
}
