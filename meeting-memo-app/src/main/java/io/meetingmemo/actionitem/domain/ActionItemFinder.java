package io.meetingmemo.actionitem.domain;

import java.util.List;

/**
 * Lists action items page by page, keeping only items whose page the user may view, filtered before paging
 * ({@link VisibleRows}): a page of results never has holes and never reveals that hidden items exist.
 */
public final class ActionItemFinder {
    public static final int MAX_LIMIT = 200;
    private static final int MAX_BATCH = 1000;

    private final ActionItemLists lists;

    public ActionItemFinder(ActionItemLists lists) {
        this.lists = lists;
    }

    /** @param next where the following page starts, or null on the last page */
    public record Page(List<ActionItem> items, ListPosition next) {}

    public Page find(ActionItemQuery query, ListPosition after, int limit, PageAccessPolicy access) {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        VisibleRows.Page<ActionItem, ListPosition> page = rows(query).page(after, limit, access);
        return new Page(page.rows(), page.next());
    }

    /**
     * How many items the user may view match the query after {@code after} (null = from the start), read
     * in batches; for a note such as "showing 200 of 1,234" where the rest is not shown.
     */
    public int count(ActionItemQuery query, ListPosition after, PageAccessPolicy access) {
        return rows(query).count(after, access);
    }

    private VisibleRows<ActionItem, ListPosition> rows(ActionItemQuery query) {
        return new VisibleRows<>((position, max) -> lists.findAfter(query, position, max), ActionItem::pageId,
                item -> new ListPosition(ListPosition.dueSortKey(item.dueDate()), item.id()), MAX_BATCH);
    }
}
