package io.meetingmemo.actionitem.domain;

import io.meetingmemo.decision.domain.StoredDecision;
import java.util.List;
import java.util.Optional;

/**
 * Where tracked action items live. The Active Objects adapter implements it; every method runs a
 * number of SQL statements that does not depend on how many items are involved.
 */
public interface ActionItemRepository extends ActionItemLists {
    /** Every row of a page, removed ones included. */
    List<ActionItem> findByPage(long pageId);

    Optional<ActionItem> findById(long id);

    /** Every decision row of a page, removed ones included; one query, read by each sync with the page's items. */
    List<StoredDecision> decisionsOfPage(long pageId);

    /**
     * The rows with these ids (at most {@value #MAX_IDS}), in any order. The Active Objects adapter reads them in one
     * query; this default, for stand-ins that wrap a repository, asks {@link #findById} for each.
     */
    default List<ActionItem> findByIds(List<Long> ids) {
        return ids.stream().map(this::findById).flatMap(Optional::stream).toList();
    }

    int MAX_IDS = 500;

    /**
     * Writes a sync difference atomically. A write with a {@link SyncWrite#claim() claim} first records that page
     * version as the one the tracker holds, replacing an older or equal one, in the same transaction.
     *
     * @return false when another writer changed one of the replaced rows first, or a newer version of the page is
     *         recorded (nothing was written)
     */
    boolean write(SyncWrite write);

    /** The page version the last successful sync of the page applied; 0 when none is recorded. */
    int syncedVersion(long pageId);

    /**
     * Flags the memo records of a page (those its last sync recorded): hidden while the page is in the trash, removed
     * once it is purged; null leaves a flag as it is. Trash and purge are rare: this may cost a statement per memo.
     */
    void flagMemos(long pageId, Boolean removed, Boolean hidden);

    @Override
    List<ActionItem> findAfter(ActionItemQuery query, ListPosition after, int max);

    /** Status history of an item, oldest first. */
    List<StatusChange> history(long itemId);

    /**
     * Those of these identity fingerprints ({@code contact.domain.ErasureFingerprint}) whose person was erased: one
     * query whatever their number; a sync asks it once, and only for a page whose actions name free-text owners.
     */
    java.util.Set<String> erasedAmong(java.util.Set<String> identityFingerprints);
}
