package io.meetingmemo.bench.data;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.preview.store.HostPageStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Loads a data set the way it comes about in Confluence: each page is stored, then synced by the app's
 * tracker (first draft, then final version), items are closed through the app's status service as a
 * REST call would, and trashed pages are hidden by the tracker. Realistic and slow (every page is
 * parsed and diffed): for scales up to about 100,000 items, and to check {@link BulkLoader}.
 */
public final class SyncLoader {
    private SyncLoader() {}

    public static LoadReport load(DataSetGenerator generator, AppDatabase db) {
        long start = System.nanoTime();
        for (GeneratedPage.Space space : generator.spaces()) db.pages().ensureSpace(space.key(), space.name());
        long firstPageId = 0, pages = 0, items = 0;
        while (generator.hasNext()) {
            GeneratedPage page = generator.next();
            long pageId = save(page, db);
            if (pages++ == 0) firstPageId = pageId;
            items += page.trackedItems();
        }
        return new LoadReport(firstPageId, pages, items, (System.nanoTime() - start) / 1_000_000);
    }

    /** Stores and syncs one page with its whole history; returns its page id. */
    public static long save(GeneratedPage page, AppDatabase db) {
        Instant savedAt = page.memoDay().atTime(12, 0).toInstant(ZoneOffset.UTC);
        db.clock().set(savedAt);
        String spaceKey = page.space().key();
        String username = page.author().username();
        String firstBody = page.hasFirstDraft() ? page.firstDraftBody() : page.body();
        HostPageStore.StoredPage stored = db.pages().insert(spaceKey, page.title(), firstBody, username);
        long pageId = stored.id();
        db.pageSaved(new PageSnapshot(pageId, stored.version(), spaceKey, page.title(), firstBody), page.author().userKey());
        if (page.hasFirstDraft()) {
            db.pages().updateIfVersion(pageId, 2, page.title(), page.body(), username);
            db.pageSaved(new PageSnapshot(pageId, 2, spaceKey, page.title(), page.body()), page.author().userKey());
        }
        if (!page.closedThroughRest().isEmpty()) {
            db.clock().set(savedAt.plus(Duration.ofDays(1)));
            for (ActionItem item : db.repository().findByPage(pageId)) {
                if (!page.closedThroughRest().contains(item.itemKey())) continue;
                db.statusService().changeStatus(item.id(), item.version(), ActionStatus.DONE, BulkLoader.closer(item, page));
            }
        }
        if (page.trashed()) {
            db.pages().setStatus(pageId, true);
            db.pageTrashed(pageId);
        }
        return pageId;
    }
}
