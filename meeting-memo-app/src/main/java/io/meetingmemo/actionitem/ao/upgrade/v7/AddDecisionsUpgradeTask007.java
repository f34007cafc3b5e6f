package io.meetingmemo.actionitem.ao.upgrade.v7;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.meetingmemo.actionitem.ao.ActionItemEntity;
import io.meetingmemo.actionitem.ao.StatusChangeEntity;
import io.meetingmemo.actionitem.ao.SyncRecordEntity;
import io.meetingmemo.decision.ao.DecisionEntity;
import io.meetingmemo.reminder.ao.PersonSettingsEntity;
import io.meetingmemo.reminder.ao.ReminderLogEntity;
import io.meetingmemo.reminder.ao.ReminderRunEntity;
import io.meetingmemo.reminder.ao.ReminderSettingsEntity;
import io.meetingmemo.reminder.ao.SeriesMuteEntity;
import io.meetingmemo.series.ao.SeriesEntity;

/**
 * Model version 7: the table of decisions ({@link DecisionEntity}). It starts empty: each page's decisions are recorded
 * by its next save, and those of pages saved before the upgrade by the administrators' re-sync. Nothing else changes,
 * so running the task again changes nothing.
 */
public final class AddDecisionsUpgradeTask007 implements ActiveObjectsUpgradeTask {
    @Override
    public ModelVersion getModelVersion() { return ModelVersion.valueOf("7"); }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(ActionItemEntity.class, StatusChangeEntity.class, SyncRecordEntity.class, SeriesEntity.class,
                ReminderSettingsEntity.class, PersonSettingsEntity.class, SeriesMuteEntity.class, ReminderLogEntity.class,
                ReminderRunEntity.class, DecisionEntity.class);
    }
}
