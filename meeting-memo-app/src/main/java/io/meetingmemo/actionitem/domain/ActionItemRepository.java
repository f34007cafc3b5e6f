package io.meetingmemo.actionitem.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where tracked action items live. The Active Objects adapter implements it; every method runs a
 * number of SQL statements that does not depend on how many items are involved.
 */
public interface ActionItemRepository {
    /** Every row of a page, removed ones included. */
    List<ActionItem> findByPage(long pageId);

    Optional<ActionItem> findById(long id);

    /**
     * Writes a sync difference atomically.
     *
     * @return false when another writer changed one of the replaced rows first (nothing was written)
     */
    boolean write(SyncWrite write);

    /**
     * Rows matching the query strictly after {@code after} (null = from the start), in list order,
     * at most {@code max}.
     */
    List<ActionItem> findAfter(ActionItemQuery query, ListPosition after, int max);

    /** Status history of an item, oldest first. */
    List<StatusChange> history(long itemId);
}
