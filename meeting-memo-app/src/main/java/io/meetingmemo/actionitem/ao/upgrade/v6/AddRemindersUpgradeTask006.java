package io.meetingmemo.actionitem.ao.upgrade.v6;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.meetingmemo.actionitem.ao.ActionItemEntity;
import io.meetingmemo.actionitem.ao.StatusChangeEntity;
import io.meetingmemo.actionitem.ao.SyncRecordEntity;
import io.meetingmemo.reminder.ao.PersonSettingsEntity;
import io.meetingmemo.reminder.ao.ReminderLogEntity;
import io.meetingmemo.reminder.ao.ReminderRunEntity;
import io.meetingmemo.reminder.ao.ReminderSettingsEntity;
import io.meetingmemo.reminder.ao.SeriesMuteEntity;
import io.meetingmemo.series.ao.SeriesEntity;

/**
 * Model version 6: the reminder tables (settings, people's choices, muted series, the log of each person's mail of a
 * day and the day's run). They start empty: without a settings row the defaults apply. Nothing else changes, so
 * running the task again changes nothing.
 */
public final class AddRemindersUpgradeTask006 implements ActiveObjectsUpgradeTask {
    @Override
    public ModelVersion getModelVersion() { return ModelVersion.valueOf("6"); }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(ActionItemEntity.class, StatusChangeEntity.class, SyncRecordEntity.class, SeriesEntity.class,
                ReminderSettingsEntity.class, PersonSettingsEntity.class, SeriesMuteEntity.class, ReminderLogEntity.class,
                ReminderRunEntity.class);
    }
}
