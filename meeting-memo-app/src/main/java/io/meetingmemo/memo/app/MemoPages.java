package io.meetingmemo.memo.app;

import java.util.List;
import java.util.function.Predicate;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ActionItemFinder;
import io.meetingmemo.actionitem.domain.ActionItemLists;
import io.meetingmemo.actionitem.domain.ActionItemQuery;
import io.meetingmemo.actionitem.domain.ActionItemRepository;
import io.meetingmemo.actionitem.domain.MemoPosition;
import io.meetingmemo.actionitem.domain.MemoQuery;
import io.meetingmemo.actionitem.domain.MemoRecordRepository;
import io.meetingmemo.actionitem.domain.StoredMemo;
import io.meetingmemo.actionitem.domain.VisibleRows;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import io.meetingmemo.actionitem.domain.TrackedItems;
import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.memo.domain.ParsedPage;
import io.meetingmemo.memo.domain.StorageFormatParser;
import io.meetingmemo.permission.ContentPermissions;
import io.meetingmemo.platform.ConfluencePages;

/**
 * Reading the memos of a page with what the tracker knows of their actions: for the caller of the
 * current request, who must be able to view the page (else they are told there is no such page), and
 * for a page being rendered, which Confluence renders only for someone who may view it.
 */
public final class MemoPages {
    private final ConfluencePages pages;
    private final ActionItemRepository repository;
    private final ActionItemFinder carried;
    private final MemoRecordRepository memoRecords;
    private final ContentPermissions permissions;
    private final StorageFormatParser parser = new StorageFormatParser();

    /** @param carriedItems where the carry-over list is read (hand-written SQL: it is read with every memo render) */
    public MemoPages(ConfluencePages pages, ActionItemRepository repository, MemoRecordRepository memoRecords,
                     ContentPermissions permissions, ActionItemLists carriedItems) {
        this.pages = pages;
        this.repository = repository;
        this.memoRecords = memoRecords;
        this.carried = new ActionItemFinder(carriedItems);
        this.permissions = permissions;
    }

    /** A page's memos as read for the caller, or why not: {@code anonymous} or not found. */
    public record Read(PageSnapshot page, ParsedPage parsed, TrackedItems tracked, boolean anonymous) {
        public boolean found() { return page != null; }
    }

    public Read read(long pageId) {
        if (!permissions.canView(pageId)) return new Read(null, null, null, permissions.isAnonymous());
        return pages.find(pageId)
                .map(page -> new Read(page, parser.parse(page.storageBody()), TrackedItems.of(repository.findByPage(pageId)), false))
                .orElse(new Read(null, null, null, false));
    }

    /** The memos of a page being rendered (its storage body as the renderer has it). */
    public ParsedPage parseRendered(String storageBody) { return parser.parse(storageBody); }

    /** Whether the reader may change each tracked item's status (Mark done is shown only then). */
    public Predicate<ActionItem> statusChangeCheck() { return permissions.statusChangeCheck(); }

    /** The open items a memo carries over, the first {@code max} by due date, and whether there are more. */
    public record CarriedOver(List<ActionItem> items, boolean more) {
        public static final CarriedOver NONE = new CarriedOver(List.of(), false);
    }

    /**
     * The open items of the earlier memos of a memo's series, by reference: the same tracked items, so closing one
     * here closes it everywhere. Only items on pages the reader may view are shown or counted (filtered before the
     * limit). A memo without a series or a date carries nothing over.
     */
    public CarriedOver carriedInto(Memo memo, int max) {
        if (memo.series() == null || memo.date() == null) return CarriedOver.NONE;
        ActionItemFinder.Page page = carried.find(ActionItemQuery.carriedInto(ActionItem.stored(memo.series()), memo.date()),
                null, max, permissions);
        return new CarriedOver(page.items(), page.next() != null);
    }

    /** Meetings of a series the reader may see that a memo counts back over: at most this many. */
    private static final int MAX_MEETINGS_COUNTED = 1000;

    /**
     * At how many meetings each carried item has come up: the memos of the series, dated after the memo the item was
     * agreed in and up to this memo's day (this one included), on pages the reader may view. One query for all of
     * them (meetings are read back to the oldest carried item's day).
     *
     * @return per item id; items without a memo date are not in the map
     */
    public Map<Long, Integer> meetingsSince(Memo memo, List<ActionItem> carried) {
        LocalDate oldest = carried.stream().map(ActionItem::memoDate).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        if (oldest == null || memo.series() == null || memo.date() == null) return Map.of();
        MemoQuery meetings = new MemoQuery(List.of(), ActionItem.stored(memo.series()), oldest.plusDays(1), memo.date());
        List<LocalDate> days = new VisibleRows<StoredMemo, MemoPosition>(
                (position, max) -> memoRecords.findAfter(meetings, position, max), StoredMemo::pageId, StoredMemo::position,
                MAX_MEETINGS_COUNTED).page(null, MAX_MEETINGS_COUNTED, permissions).rows().stream()
                .map(m -> m.memo().date()).toList();
        Map<Long, Integer> counts = new HashMap<>();
        for (ActionItem item : carried) {
            if (item.memoDate() == null) continue;
            counts.put(item.id(), (int) days.stream().filter(day -> day.isAfter(item.memoDate())).count());
        }
        return counts;
    }

    /** The tracked items of a page being rendered: one query, whatever the number of memos on it. */
    public TrackedItems trackedOnRenderedPage(long pageId) { return TrackedItems.of(repository.findByPage(pageId)); }
}
