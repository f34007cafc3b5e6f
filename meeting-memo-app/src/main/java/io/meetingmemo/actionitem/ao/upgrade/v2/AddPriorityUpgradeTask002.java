package io.meetingmemo.actionitem.ao.upgrade.v2;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.meetingmemo.actionitem.ao.ActionItemEntity;
import io.meetingmemo.actionitem.ao.StatusChangeEntity;
import net.java.ao.Query;

/**
 * Model version 2: action items get a {@code PRIORITY}. First the schema is migrated (the column is
 * added with its default), then every row that still has no priority, which is every row written under
 * version 1 on a database that does not fill a new column from its default, is set to {@code normal}.
 * Rows are transformed in bounded batches, so a site with many items never holds them all in memory;
 * running the task again finds nothing left to do.
 */
public final class AddPriorityUpgradeTask002 implements ActiveObjectsUpgradeTask {
    private static final int BATCH = 500;

    @Override
    public ModelVersion getModelVersion() { return ModelVersion.valueOf("2"); }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(ActionItemEntity.class, StatusChangeEntity.class);
        long after = 0;
        while (after >= 0) {
            long from = after;
            after = ao.executeInTransaction(() -> {
                ActionItemEntity[] rows = ao.find(ActionItemEntity.class, Query.select()
                        .where(ActionItemEntity.PRIORITY + " IS NULL AND ID > ?", (int) from).order("ID").limit(BATCH));
                for (ActionItemEntity row : rows) {
                    row.setPriority(ActionItemEntity.PRIORITY_NORMAL);
                    row.save();
                }
                return rows.length < BATCH ? -1L : rows[rows.length - 1].getID();
            });
        }
    }
}
