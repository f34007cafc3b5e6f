package io.meetingmemo.reminder.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Schema version 6: a person's choices for the app's mail (a person without a row has the defaults). */
@Table("REMINDER_PERSON")
@Preload
public interface PersonSettingsEntity extends Entity {
    @NotNull @Unique @StringLength(450) String getUserKey();
    void setUserKey(String userKey);

    boolean isReminders();
    void setReminders(boolean on);

    boolean isDigest();
    void setDigest(boolean on);

    /** {@code OutgoingMail.MailFormat} name. */
    String getMailFormat();
    void setMailFormat(String format);

    int getVersion();
    void setVersion(int version);
}
