package io.meetingmemo.actionitem.ao.upgrade.v4;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The first step of upgrade task 4, frozen: table AO_xxxxxx_SYNCED_PAGE as version 3 left it plus an empty
 * {@code ROW_KEY}, and no unique constraint at all: the column can be added to a table that has rows (a new NOT NULL
 * column cannot, and SQL Server would let a unique one hold only one NULL), and the step cannot fail on a table that
 * already holds memo rows (several rows per page id). The task fills the key, then migrates to the current entity,
 * which makes it NOT NULL and unique.
 */
@Table("SYNCED_PAGE")
@Preload
public interface SyncedPageWithRowKeyEntity extends Entity {
    @NotNull long getPageId();
    void setPageId(long pageId);

    @NotNull int getPageVersion();
    void setPageVersion(int version);

    @StringLength(450) String getRowKey();
    void setRowKey(String rowKey);
}
