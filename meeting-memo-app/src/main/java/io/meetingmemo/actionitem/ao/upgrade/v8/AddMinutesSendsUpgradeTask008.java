package io.meetingmemo.actionitem.ao.upgrade.v8;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.meetingmemo.actionitem.ao.ActionItemEntity;
import io.meetingmemo.actionitem.ao.StatusChangeEntity;
import io.meetingmemo.actionitem.ao.SyncRecordEntity;
import io.meetingmemo.minutes.ao.MinutesDeliveryEntity;
import io.meetingmemo.minutes.ao.MinutesSendEntity;
import io.meetingmemo.reminder.ao.PersonSettingsEntity;
import io.meetingmemo.reminder.ao.ReminderLogEntity;
import io.meetingmemo.reminder.ao.ReminderRunEntity;
import io.meetingmemo.reminder.ao.ReminderSettingsEntity;
import io.meetingmemo.reminder.ao.SeriesMuteEntity;
import io.meetingmemo.decision.ao.DecisionEntity;
import io.meetingmemo.series.ao.SeriesEntity;

/**
 * Model version 8: the record of minutes sent from memos ({@link MinutesSendEntity}, {@link MinutesDeliveryEntity}).
 * Both tables start empty; nothing else changes, so running the task again changes nothing.
 */
public final class AddMinutesSendsUpgradeTask008 implements ActiveObjectsUpgradeTask {
    @Override
    public ModelVersion getModelVersion() { return ModelVersion.valueOf("8"); }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(ActionItemEntity.class, StatusChangeEntity.class, SyncRecordEntity.class, SeriesEntity.class,
                ReminderSettingsEntity.class, PersonSettingsEntity.class, SeriesMuteEntity.class, ReminderLogEntity.class,
                ReminderRunEntity.class, DecisionEntity.class, MinutesSendEntity.class, MinutesDeliveryEntity.class);
    }
}
