package io.meetingmemo.actionitem.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Schema version 3 (table AO_xxxxxx_SYNCED_PAGE, upgrade task {@code v3.AddSyncedPageUpgradeTask003}): the page
 * version the tracker holds for a page, one row per page, recorded by each sync in the transaction that writes
 * the page's items. The unique page id makes a concurrent or older claim fail instead of overwriting a newer
 * one. Rows of purged pages stay (a few bytes each); Confluence never reuses a page id.
 */
@Table("SYNCED_PAGE")
@Preload
public interface SyncedPageEntity extends Entity {
    String PAGE_ID = "PAGE_ID";
    String PAGE_VERSION = "PAGE_VERSION";

    @NotNull @Unique long getPageId();
    void setPageId(long pageId);

    @NotNull int getPageVersion();
    void setPageVersion(int version);
}
