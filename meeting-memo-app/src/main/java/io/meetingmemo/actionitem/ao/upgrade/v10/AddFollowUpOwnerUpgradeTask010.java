package io.meetingmemo.actionitem.ao.upgrade.v10;

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
 * Model version 10: an action item's follow-up owner ({@code FOLLOW_UP_KEY}, who follows up the item of an owner
 * without an account). Existing rows keep none, so their reminders still go to the memo's minute-taker until their page
 * is saved again or an administrator re-syncs. The column is only added, so running the task again changes nothing.
 */
public final class AddFollowUpOwnerUpgradeTask010 implements ActiveObjectsUpgradeTask {
    @Override
    public ModelVersion getModelVersion() { return ModelVersion.valueOf("10"); }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(ActionItemEntity.class, StatusChangeEntity.class, SyncRecordEntity.class, SeriesEntity.class,
                ReminderSettingsEntity.class, PersonSettingsEntity.class, SeriesMuteEntity.class, ReminderLogEntity.class,
                ReminderRunEntity.class, DecisionEntity.class, MinutesSendEntity.class, MinutesDeliveryEntity.class, ContactOrganisationEntity.class, ContactPersonEntity.class, ContactLinkEntity.class, ContactErasureEntity.class);
    }
}
