package io.meetingmemo.actionitem.ao;

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
 * Schema version 4 of table AO_xxxxxx_SYNCED_PAGE (upgrade task {@code v4.AddMemoRecordsUpgradeTask004}): what the
 * last sync of each page recorded, all rows carrying its page id and the page version it applied:
 * <ul>
 *   <li>one <em>page row</em> per page ({@code ROW_KEY} = the page id, no memo key): the page version the tracker
 *       holds, the claim that keeps an older version from being applied over a newer one (version 3 had only these);</li>
 *   <li>one <em>memo row</em> per memo on that version ({@code ROW_KEY} = {@code pageId:memoKey}): the memo record,
 *       for lists of memos and series.</li>
 * </ul>
 * A sync claims a version by deleting the page's rows of that version or older and inserting the page row and the
 * memo rows in one batch, in the transaction that writes the items: the memo records cost no statement of their own
 * (docs/performance.md, section 4.3), and they are always those of the version the tracker holds. Active Objects has
 * no unique key over two columns, so each row has one of its own, {@code ROW_KEY}: an older or concurrent claim still
 * fails, because its page row collides with the newer claim's (23505) and its whole transaction is rolled back.
 *
 * <p>Why this table rather than a table of memos beside it: a second table would need a delete and an insert of its
 * own in every sync (two statements more, against the sync's statement budget), and a claim of its own to stay in
 * step with the version the tracker holds; here the claim that already exists carries the memos. A memo that leaves
 * its page leaves with the next sync (its row is not kept, unlike an item's); trash hides a page's memo rows and
 * purge marks them removed. Rows of purged pages stay; Confluence never reuses a page id.
 *
 * <p>Memo rows sort by {@code DATE_SORT} (the ISO date, {@code MemoPosition.NO_DATE} for a memo without one, so
 * undated memos come last in the newest-first list) and id; the page row has none. Never remove or rename a column: Active Objects drops what the
 * interface no longer declares.
 */
@Table("SYNCED_PAGE")
@Preload
@Indexes({
        @Index(name = "series_date", methodNames = {"getSeries", "getDateSort", "getID"}),
        @Index(name = "date", methodNames = {"getDateSort", "getID"})})
public interface SyncRecordEntity extends Entity {
    String PAGE_ID = "PAGE_ID";
    String PAGE_VERSION = "PAGE_VERSION";
    String ROW_KEY = "ROW_KEY";
    String MEMO_KEY = "MEMO_KEY";
    String DATE_SORT = "DATE_SORT";
    String HIDDEN = "HIDDEN";
    String REMOVED = "REMOVED";

    @NotNull @Indexed long getPageId();
    void setPageId(long pageId);

    @NotNull int getPageVersion();
    void setPageVersion(int version);

    /** The page id for the page row, {@code pageId:memoKey} for a memo row; unique, which makes the claim exclusive. */
    @NotNull @Unique @StringLength(450) String getRowKey();
    void setRowKey(String rowKey);

    // The memo record; null on the page row.

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

    String getDateSort();
    void setDateSort(String sortKey);

    String getMemoTime();
    void setMemoTime(String time);

    @StringLength(StringLength.UNLIMITED) String getPlace();
    void setPlace(String place);

    String getSeries();
    void setSeries(String series);

    String getMinutesBy();
    void setMinutesBy(String userKey);

    int getPresentCount();
    void setPresentCount(int count);

    int getAbsentCount();
    void setAbsentCount(int count);

    int getGuestCount();
    void setGuestCount(int count);

    int getContactCount();
    void setContactCount(int count);

    int getDecisionCount();
    void setDecisionCount(int count);

    int getActionCount();
    void setActionCount(int count);

    boolean isCarryOver();
    void setCarryOver(boolean carryOver);

    boolean isHidden();
    void setHidden(boolean hidden);

    boolean isRemoved();
    void setRemoved(boolean removed);
}
