package io.meetingmemo.actionitem.ao.upgrade.v5;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.meetingmemo.actionitem.ao.ActionItemEntity;
import io.meetingmemo.actionitem.ao.StatusChangeEntity;
import io.meetingmemo.actionitem.ao.SyncRecordEntity;
import io.meetingmemo.series.ao.SeriesEntity;

/**
 * Model version 5: the table of series records ({@link SeriesEntity}). It starts empty: series are known from their
 * memo records (version 4), and a record is stored when someone sets a series' name, cadence or defaults. Nothing
 * else changes, so running the task again changes nothing.
 */
public final class AddSeriesUpgradeTask005 implements ActiveObjectsUpgradeTask {
    @Override
    public ModelVersion getModelVersion() { return ModelVersion.valueOf("5"); }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(ActionItemEntity.class, StatusChangeEntity.class, SyncRecordEntity.class, SeriesEntity.class);
    }
}
