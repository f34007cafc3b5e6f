package io.meetingmemo.memo.app;

import java.util.function.Predicate;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ActionItemRepository;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import io.meetingmemo.actionitem.domain.TrackedItems;
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
    private final ContentPermissions permissions;
    private final StorageFormatParser parser = new StorageFormatParser();

    public MemoPages(ConfluencePages pages, ActionItemRepository repository, ContentPermissions permissions) {
        this.pages = pages;
        this.repository = repository;
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

    /** The tracked items of a page being rendered: one query, whatever the number of memos on it. */
    public TrackedItems trackedOnRenderedPage(long pageId) { return TrackedItems.of(repository.findByPage(pageId)); }
}
