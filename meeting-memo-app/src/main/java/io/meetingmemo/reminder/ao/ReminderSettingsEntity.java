package io.meetingmemo.reminder.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Schema version 6 (upgrade task {@code v6.AddRemindersUpgradeTask006}): the administrator's reminder settings, one
 * row under the key {@code global}. Excluded space keys are stored one a line. Never remove or rename a column.
 */
@Table("REMINDER_SETTING")
@Preload
public interface ReminderSettingsEntity extends Entity {
    @NotNull @Unique @StringLength(450) String getSettingKey();
    void setSettingKey(String key);

    boolean isEnabled();
    void setEnabled(boolean enabled);

    int getRunHour();
    void setRunHour(int hour);

    int getDaysBefore();
    void setDaysBefore(int days);

    /** {@code java.time.DayOfWeek} name. */
    String getDigestDay();
    void setDigestDay(String day);

    @StringLength(StringLength.UNLIMITED) String getExcludedSpaces();
    void setExcludedSpaces(String spaceKeys);

    int getVersion();
    void setVersion(int version);
}
