package io.meetingmemo.actionitem.domain;

import io.meetingmemo.memo.domain.MemoAction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's tracked items, found by the memo action on the page they were synced from. Keys are stored as
 * {@link ActionItem#stored} keeps them, so a reader of the page never needs to know how long keys are cut.
 */
public final class TrackedItems {
    private static final TrackedItems NONE = new TrackedItems(List.of());

    private final Map<String, ActionItem> byItemKey = new HashMap<>();

    private TrackedItems(List<ActionItem> items) {
        for (ActionItem item : items) byItemKey.put(item.itemKey(), item);
    }

    public static TrackedItems of(List<ActionItem> pageItems) { return new TrackedItems(pageItems); }

    public static TrackedItems none() { return NONE; }

    /** The tracked item of an action on the page, or null when it is not tracked (yet). */
    public ActionItem of(MemoAction action) { return byItemKey.get(ActionItem.stored(action.key())); }
}
