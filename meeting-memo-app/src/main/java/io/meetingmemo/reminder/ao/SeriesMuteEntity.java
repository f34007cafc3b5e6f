package io.meetingmemo.reminder.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Schema version 6: a series whose items cause no reminder, muted by one of its owners. */
@Table("REMINDER_MUTE")
@Preload
public interface SeriesMuteEntity extends Entity {
    /** The series key as items store it. */
    @NotNull @Unique @StringLength(450) String getSeriesKey();
    void setSeriesKey(String key);

    String getMutedBy();
    void setMutedBy(String userKey);

    Date getMutedAt();
    void setMutedAt(Date at);
}
