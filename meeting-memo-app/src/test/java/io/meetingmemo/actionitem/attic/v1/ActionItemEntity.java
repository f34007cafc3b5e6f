package io.meetingmemo.actionitem.attic.v1;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/*
 * ATTIC: a frozen copy of the version-1 entity, exactly as released (same table, same columns). Never edit
 * it; the upgrade tests use it to build a real version-1 database with version-1 rows before upgrading.
 */
/**
 * Schema version 1 of a tracked action item (table AO_xxxxxx_ACTION_ITEM). Dates of the page's world
 * (due date, memo date) are ISO {@code yyyy-MM-dd} strings so they compare and sort the same on every
 * database and in every time zone; {@code DUE_SORT} puts undated items last. Never remove or rename a
 * column here: Active Objects drops what the interface no longer declares.
 */
@Table("ACTION_ITEM")
@Preload
public interface ActionItemEntity extends Entity {
    String PAGE_ID = "PAGE_ID";
    String PAGE_ITEM_KEY = "PAGE_ITEM_KEY";
    String DUE_SORT = "DUE_SORT";

    @Indexed long getPageId();
    void setPageId(long pageId);

    /** {@code pageId:itemKey}; unique, so two concurrent first syncs of a page cannot duplicate an item. */
    @NotNull @Unique @StringLength(450) String getPageItemKey();
    void setPageItemKey(String key);

    @Indexed String getSpaceKey();
    void setSpaceKey(String spaceKey);

    @StringLength(StringLength.UNLIMITED) String getPageTitle();
    void setPageTitle(String title);

    @Indexed String getMemoKey();
    void setMemoKey(String memoKey);

    @StringLength(StringLength.UNLIMITED) String getMemoTitle();
    void setMemoTitle(String title);

    String getMemoDate();
    void setMemoDate(String isoDate);

    @Indexed String getMemoSeries();
    void setMemoSeries(String series);

    String getItemKey();
    void setItemKey(String itemKey);

    String getSource();
    void setSource(String source);

    @StringLength(StringLength.UNLIMITED) String getText();
    void setText(String text);

    @Indexed String getAssigneeKey();
    void setAssigneeKey(String userKey);

    String getOwnerName();
    void setOwnerName(String name);

    String getDueDate();
    void setDueDate(String isoDate);

    @Indexed String getDueSort();
    void setDueSort(String sortKey);

    @Indexed String getStatus();
    void setStatus(String status);

    String getPageStatus();
    void setPageStatus(String status);

    Date getCompletedAt();
    void setCompletedAt(Date at);

    String getCompletedBy();
    void setCompletedBy(String userKey);

    Date getCreatedAt();
    void setCreatedAt(Date at);

    Date getUpdatedAt();
    void setUpdatedAt(Date at);

    @Indexed boolean isRemoved();
    void setRemoved(boolean removed);

    @Indexed boolean isHidden();
    void setHidden(boolean hidden);

    int getVersion();
    void setVersion(int version);
}
