package io.meetingmemo.actionitem.ao.upgrade.v3;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.meetingmemo.actionitem.ao.ActionItemEntity;
import io.meetingmemo.actionitem.ao.StatusChangeEntity;

/**
 * Model version 3: the table of page versions the syncs applied ({@link SyncedPageEntity}, the table as version 3
 * released it). It starts empty: the first sync of each page after the upgrade records its version, and until then
 * any version may apply, as before. Nothing else changes, so there is no data to move.
 */
public final class AddSyncedPageUpgradeTask003 implements ActiveObjectsUpgradeTask {
    @Override
    public ModelVersion getModelVersion() { return ModelVersion.valueOf("3"); }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(ActionItemEntity.class, StatusChangeEntity.class, SyncedPageEntity.class);
    }
}
