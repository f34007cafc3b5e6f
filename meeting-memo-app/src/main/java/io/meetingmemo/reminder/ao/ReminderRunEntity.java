package io.meetingmemo.reminder.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Schema version 6: a day's reminder run: when it started and finished, how it ended, and the last recipient done,
 * so that a run after a crash goes on from there.
 */
@Table("REMINDER_RUN")
@Preload
public interface ReminderRunEntity extends Entity {
    /** ISO {@code yyyy-MM-dd}. */
    @NotNull @Unique @StringLength(450) String getRunDay();
    void setRunDay(String isoDay);

    Date getStartedAt();
    void setStartedAt(Date at);

    Date getFinishedAt();
    void setFinishedAt(Date at);

    String getOutcome();
    void setOutcome(String outcome);

    @StringLength(StringLength.UNLIMITED) String getMessage();
    void setMessage(String message);

    /** The last recipient (user key) done. */
    @StringLength(450) String getLastRecipient();
    void setLastRecipient(String userKey);

    int getQueued();
    void setQueued(int count);

    int getSkipped();
    void setSkipped(int count);

    int getAlreadyDone();
    void setAlreadyDone(int count);
}
