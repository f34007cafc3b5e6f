package io.meetingmemo.actionitem.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists action items page by page, keeping only items whose page the user may view. Permissions are
 * applied before paging: rows are read in list order in growing batches until a full page of visible
 * items (plus one to know whether more exist) is found, so a page of results never has holes and never
 * reveals that hidden items exist.
 */
public final class ActionItemFinder {
    public static final int MAX_LIMIT = 200;
    private static final int MAX_BATCH = 1000;

    private final ActionItemRepository repository;

    public ActionItemFinder(ActionItemRepository repository) {
        this.repository = repository;
    }

    /** @param next where the following page starts, or null on the last page */
    public record Page(List<ActionItem> items, ListPosition next) {}

    public Page find(ActionItemQuery query, ListPosition after, int limit, PageAccessPolicy access) {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        Map<Long, Boolean> viewable = new HashMap<>();
        List<ActionItem> visible = new ArrayList<>(limit + 1);
        ListPosition position = after;
        int batch = limit + 1;
        while (visible.size() <= limit) {
            List<ActionItem> rows = repository.findAfter(query, position, batch);
            for (ActionItem row : rows) {
                if (viewable.computeIfAbsent(row.pageId(), access::canView)) {
                    visible.add(row);
                    if (visible.size() > limit) break;
                }
            }
            if (rows.size() < batch) break;
            ActionItem last = rows.get(rows.size() - 1);
            position = new ListPosition(ListPosition.dueSortKey(last.dueDate()), last.id());
            batch = Math.min(batch * 2, MAX_BATCH);
        }
        if (visible.size() <= limit) return new Page(visible, null);
        List<ActionItem> pageItems = visible.subList(0, limit);
        ActionItem last = pageItems.get(limit - 1);
        return new Page(List.copyOf(pageItems), new ListPosition(ListPosition.dueSortKey(last.dueDate()), last.id()));
    }

    /**
     * How many items the user may view match the query after {@code after} (null = from the start), read
     * in batches; for a note such as "showing 200 of 1,234" where the rest is not shown.
     */
    public int count(ActionItemQuery query, ListPosition after, PageAccessPolicy access) {
        Map<Long, Boolean> viewable = new HashMap<>();
        int count = 0;
        ListPosition position = after;
        while (true) {
            List<ActionItem> rows = repository.findAfter(query, position, MAX_BATCH);
            for (ActionItem row : rows) if (viewable.computeIfAbsent(row.pageId(), access::canView)) count++;
            if (rows.size() < MAX_BATCH) return count;
            ActionItem last = rows.get(rows.size() - 1);
            position = new ListPosition(ListPosition.dueSortKey(last.dueDate()), last.id());
        }
    }
}
