package io.meetingmemo.decision.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Schema version 7 (upgrade task {@code v7.AddDecisionsUpgradeTask007}): a decision written in a memo
 * ({@code io.meetingmemo.decision.domain.StoredDecision}), kept like an action item: synced with its page in the same
 * transaction, replaced under its id when it changes, marked removed when it leaves the page, hidden while the page is
 * in the trash.
 *
 * <p>{@code TAGS} holds the normalised tags between commas ({@code ,budget,studia,}) so that one tag is found with
 * {@code LIKE '%,tag,%'}; {@code ACTION_KEYS} the keys of the actions written inside the decision, separated by U+001F,
 * a character XML 1.0 cannot carry, so no key can contain it. {@code LOG_SORT} is the memo's day as the log sorts it
 * ascending ({@code DecisionPosition.logSortKey}: later days first, undated last), the log's order with the id. The list indexes end in that order after
 * the column a filter fixes to one value, so a log page is read in index order and stops at its size. Never remove or
 * rename a column: Active Objects drops what the interface no longer declares.
 */
@Table("DECISION")
@Preload
@Indexes({
        @Index(name = "decision_log", methodNames = {"getLogSort", "getID"}),
        @Index(name = "decision_space_log", methodNames = {"getSpaceKey", "getLogSort", "getID"}),
        @Index(name = "decision_series_log", methodNames = {"getSeries", "getLogSort", "getID"})})
public interface DecisionEntity extends Entity {
    String PAGE_ID = "PAGE_ID";
    String ROW_KEY = "ROW_KEY";
    String LOG_SORT = "LOG_SORT";

    @NotNull @Indexed long getPageId();
    void setPageId(long pageId);

    /** {@code pageId:decisionKey}; unique, so two syncs cannot insert the same decision twice. */
    @NotNull @Unique @StringLength(450) String getRowKey();
    void setRowKey(String rowKey);

    String getSpaceKey();
    void setSpaceKey(String spaceKey);

    @StringLength(StringLength.UNLIMITED) String getPageTitle();
    void setPageTitle(String title);

    String getMemoKey();
    void setMemoKey(String memoKey);

    @StringLength(StringLength.UNLIMITED) String getMemoTitle();
    void setMemoTitle(String title);

    /** ISO {@code yyyy-MM-dd}, or null. */
    String getMemoDate();
    void setMemoDate(String isoDate);

    String getLogSort();
    void setLogSort(String sortKey);

    String getSeries();
    void setSeries(String series);

    String getDecisionKey();
    void setDecisionKey(String key);

    @StringLength(StringLength.UNLIMITED) String getText();
    void setText(String text);

    @StringLength(StringLength.UNLIMITED) String getTags();
    void setTags(String tags);

    @StringLength(StringLength.UNLIMITED) String getActionKeys();
    void setActionKeys(String keys);

    @NotNull boolean isRemoved();
    void setRemoved(boolean removed);

    @NotNull boolean isHidden();
    void setHidden(boolean hidden);

    @NotNull int getVersion();
    void setVersion(int version);

    Date getCreatedAt();
    void setCreatedAt(Date at);

    Date getUpdatedAt();
    void setUpdatedAt(Date at);
}
