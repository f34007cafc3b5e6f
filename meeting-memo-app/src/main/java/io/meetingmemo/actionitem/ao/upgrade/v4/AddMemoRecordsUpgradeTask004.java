package io.meetingmemo.actionitem.ao.upgrade.v4;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.meetingmemo.actionitem.ao.ActionItemEntity;
import io.meetingmemo.actionitem.ao.StatusChangeEntity;
import io.meetingmemo.actionitem.ao.SyncRecordEntity;
import net.java.ao.Query;

/**
 * Model version 4: the table of synced page versions also holds the memo records ({@link SyncRecordEntity}), so each
 * row gets a unique {@code ROW_KEY} and the page id is no longer unique (a page has its page row and a row per memo).
 * <ol>
 *   <li>the column is added, and the page id's unique constraint dropped ({@link SyncedPageWithRowKeyEntity});</li>
 *   <li>every existing row, each a page row of version 3, gets its page id as its key, in bounded batches;</li>
 *   <li>the table is migrated to the current entity: Active Objects makes {@code ROW_KEY} NOT NULL and unique, indexes
 *       {@code PAGE_ID} and adds the memo columns and the list indexes.</li>
 * </ol>
 * Active Objects changes the constraints itself on H2, HSQLDB and PostgreSQL ({@code SchemaUpgradeTest} reads them
 * back from each database's metadata), so the task needs no SQL of its own. The recorded versions stay, so the version
 * order of syncs holds across the upgrade. Memo records of existing pages
 * appear with each page's next save, or at once with the administrators' re-sync
 * ({@code POST /rest/meeting-memo/1.0/admin/resync}), which syncs every page again. Running the task again finds
 * nothing left to fill.
 */
public final class AddMemoRecordsUpgradeTask004 implements ActiveObjectsUpgradeTask {
    private static final int BATCH = 500;

    @Override
    public ModelVersion getModelVersion() { return ModelVersion.valueOf("4"); }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(SyncedPageWithRowKeyEntity.class);
        long after = 0;
        while (after >= 0) {
            long from = after;
            after = ao.executeInTransaction(() -> {
                SyncedPageWithRowKeyEntity[] rows = ao.find(SyncedPageWithRowKeyEntity.class, Query.select()
                        .where(SyncRecordEntity.ROW_KEY + " IS NULL AND ID > ?", (int) from).order("ID").limit(BATCH));
                for (SyncedPageWithRowKeyEntity row : rows) {
                    row.setRowKey(String.valueOf(row.getPageId()));
                    row.save();
                }
                return rows.length < BATCH ? -1L : rows[rows.length - 1].getID();
            });
        }
        ao.migrate(ActionItemEntity.class, StatusChangeEntity.class, SyncRecordEntity.class);
    }
}
