package io.meetingmemo.actionitem.ao.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_SYNCED_PAGE exactly as model version 3 created it, frozen here for its upgrade task: one row per
 * page, the page version the tracker holds, unique by page id. Version 4 made the table the memo records
 * ({@code SyncRecordEntity}); this shape must not change, so that task 3 always creates what version 3 released and
 * task 4 always starts from it.
 */
@Table("SYNCED_PAGE")
@Preload
public interface SyncedPageEntity extends Entity {
    @NotNull @Unique long getPageId();
    void setPageId(long pageId);

    @NotNull int getPageVersion();
    void setPageVersion(int version);
}
