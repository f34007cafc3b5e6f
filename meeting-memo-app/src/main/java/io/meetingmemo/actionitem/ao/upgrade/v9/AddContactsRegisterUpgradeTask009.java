package io.meetingmemo.actionitem.ao.upgrade.v9;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.meetingmemo.actionitem.ao.ActionItemEntity;
import io.meetingmemo.actionitem.ao.StatusChangeEntity;
import io.meetingmemo.actionitem.ao.SyncRecordEntity;
import io.meetingmemo.contact.ao.ContactErasureEntity;
import io.meetingmemo.contact.ao.ContactLinkEntity;
import io.meetingmemo.contact.ao.ContactOrganisationEntity;
import io.meetingmemo.contact.ao.ContactPersonEntity;
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
 * Model version 9: the contacts registers (organisations, people, their links to memos, and the record of erasures).
 * The tables start empty; the guests and contacts of memos saved before are linked by the next save of their page or
 * by an administrator's re-sync. Nothing else changes, so running the task again changes nothing.
 */
public final class AddContactsRegisterUpgradeTask009 implements ActiveObjectsUpgradeTask {
    @Override
    public ModelVersion getModelVersion() { return ModelVersion.valueOf("9"); }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(ActionItemEntity.class, StatusChangeEntity.class, SyncRecordEntity.class, SeriesEntity.class,
                ReminderSettingsEntity.class, PersonSettingsEntity.class, SeriesMuteEntity.class, ReminderLogEntity.class,
                ReminderRunEntity.class, DecisionEntity.class, MinutesSendEntity.class, MinutesDeliveryEntity.class, ContactOrganisationEntity.class, ContactPersonEntity.class, ContactLinkEntity.class, ContactErasureEntity.class);
    }
}
