package io.meetingmemo.reminder.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Schema version 6: one row per person, day and kind of mail, inserted before the mail is handed over. Active Objects
 * has no unique key over several columns, so {@code LOG_KEY} ({@code kind|day|userKey}) is the unique one: of two
 * runs that reach the same person on the same day (two nodes, a run after a crash), exactly one inserts it and sends.
 */
@Table("REMINDER_LOG")
@Preload
public interface ReminderLogEntity extends Entity {
    @NotNull @Unique @StringLength(450) String getLogKey();
    void setLogKey(String key);

    String getUserKey();
    void setUserKey(String userKey);

    /** ISO {@code yyyy-MM-dd}. */
    @Indexed String getLogDay();
    void setLogDay(String isoDay);

    String getKind();
    void setKind(String kind);

    /** claimed, handed-over (to the mail queue), sent (the mail server took it) or skipped; queued: handed over by model 9 or before. */
    String getStatus();
    void setStatus(String status);

    /** {@code SkipReason} name when skipped. */
    String getReason();
    void setReason(String reason);

    @StringLength(StringLength.UNLIMITED) String getDetail();
    void setDetail(String detail);

    int getItems();
    void setItems(int items);

    Date getCreatedAt();
    void setCreatedAt(Date at);
}
