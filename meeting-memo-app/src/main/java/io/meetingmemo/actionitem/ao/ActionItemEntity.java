package io.meetingmemo.actionitem.ao;

import io.meetingmemo.actionitem.domain.TrackerState;
import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Schema version 2 of a tracked action item (table AO_xxxxxx_ACTION_ITEM): version 1 plus
 * {@code PRIORITY} (upgrade task {@code v2.AddPriorityUpgradeTask002}). Dates of the page's world
 * (due date, memo date) are ISO {@code yyyy-MM-dd} strings so they compare and sort the same on every
 * database and in every time zone; {@code DUE_SORT} puts undated items last. Never remove or rename a
 * column here: Active Objects drops what the interface no longer declares.
 *
 * <p>The list indexes end in the list order (due date, then id) after the columns a filter fixes to one
 * value, so a register page is read in index order and stops at the page size instead of sorting every
 * item of a person or a space (docs/performance.md, section 4.4). Active Objects creates and drops indexes
 * to match this interface whenever the app starts; no upgrade task is involved.
 */
@Table("ACTION_ITEM")
@Preload
@Indexes({
        @Index(name = "assignee_status_due", methodNames = {"getAssigneeKey", "getStatus", "getDueSort", "getID"}),
        @Index(name = "assignee_due", methodNames = {"getAssigneeKey", "getDueSort", "getID"}),
        @Index(name = "space_status_due", methodNames = {"getSpaceKey", "getStatus", "getDueSort", "getID"}),
        @Index(name = "space_due", methodNames = {"getSpaceKey", "getDueSort", "getID"}),
        @Index(name = "status_due", methodNames = {"getStatus", "getDueSort", "getID"}),
        @Index(name = "series_due", methodNames = {"getMemoSeries", "getDueSort", "getID"}),
        @Index(name = "due", methodNames = {"getDueSort", "getID"})})
public interface ActionItemEntity extends Entity {
    String PAGE_ID = "PAGE_ID";
    String PAGE_ITEM_KEY = "PAGE_ITEM_KEY";
    String DUE_SORT = "DUE_SORT";
    String PRIORITY = "PRIORITY";
    /**
     * The priority of every row written before schema version 2, and of rows that do not name one: the tracker's
     * own {@link TrackerState#NORMAL_PRIORITY}, so the column default and a new item's priority cannot differ.
     */
    String PRIORITY_NORMAL = TrackerState.NORMAL_PRIORITY;

    @Indexed long getPageId();
    void setPageId(long pageId);

    /** {@code pageId:itemKey}; unique, so two concurrent first syncs of a page cannot duplicate an item. */
    @NotNull @Unique @StringLength(450) String getPageItemKey();
    void setPageItemKey(String key);

    String getSpaceKey();
    void setSpaceKey(String spaceKey);

    @StringLength(StringLength.UNLIMITED) String getPageTitle();
    void setPageTitle(String title);

    @Indexed String getMemoKey();
    void setMemoKey(String memoKey);

    @StringLength(StringLength.UNLIMITED) String getMemoTitle();
    void setMemoTitle(String title);

    String getMemoDate();
    void setMemoDate(String isoDate);

    String getMemoSeries();
    void setMemoSeries(String series);

    String getItemKey();
    void setItemKey(String itemKey);

    String getSource();
    void setSource(String source);

    @StringLength(StringLength.UNLIMITED) String getText();
    void setText(String text);

    String getAssigneeKey();
    void setAssigneeKey(String userKey);

    String getOwnerName();
    void setOwnerName(String name);

    String getDueDate();
    void setDueDate(String isoDate);

    String getDueSort();
    void setDueSort(String sortKey);

    String getStatus();
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

    boolean isRemoved();
    void setRemoved(boolean removed);

    boolean isHidden();
    void setHidden(boolean hidden);

    int getVersion();
    void setVersion(int version);

    /**
     * Schema version 2: how urgent the item is, {@code high}, {@code normal} or {@code low}. The column
     * default keeps rows written without it (and every version-1 row, see the upgrade task) {@code normal}.
     */
    @Default(PRIORITY_NORMAL) String getPriority();
    void setPriority(String priority);

    /**
     * Schema version 10: who follows up the item of an owner without an account (the {@code follow-up} of a
     * {@code memo-action}): a user key, or the name the page gives when no user has it; null when the page names
     * nobody, always for a native task. Rows written before version 10 have none.
     */
    String getFollowUpKey();
    void setFollowUpKey(String userKey);
}
