package io.meetingmemo.actionitem.domain;

import java.util.List;

/** Where a list of action items is read from, a batch at a time, for {@link ActionItemFinder} to page through. */
@FunctionalInterface
public interface ActionItemLists {
    /**
     * Rows matching the query strictly after {@code after} (null = from the start), in list order,
     * at most {@code max}.
     */
    List<ActionItem> findAfter(ActionItemQuery query, ListPosition after, int max);
}
