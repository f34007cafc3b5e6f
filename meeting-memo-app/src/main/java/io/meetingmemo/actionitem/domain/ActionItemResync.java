package io.meetingmemo.actionitem.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Repairs the tracker from the pages themselves, one bounded batch per call, so an administrator can
 * re-sync a space or the whole site after a failure, an import or an upgrade. No job state lives in
 * memory (a Data Center cluster has several nodes): each answer says where the next batch starts.
 */
public final class ActionItemResync {
    public static final int MAX_BATCH = 500;

    /** Where the pages of Confluence come from, in a stable order (space key, then page id). */
    public interface PageSource {
        List<String> spaceKeys();

        /** Current pages of the space with an id above {@code afterPageId}, by id, at most {@code max}. */
        List<PageSnapshot> pagesAfter(String spaceKey, long afterPageId, int max);
    }

    /** The next page to visit: in {@code spaceKey}, the first page after {@code afterPageId}. */
    public record Position(String spaceKey, long afterPageId) {}

    public record Progress(int pagesSynced, int inserted, int updated, int removed, List<Long> failedPageIds,
                           Position next) {
        public boolean done() { return next == null; }
    }

    private final ActionItemSync sync;
    private final PageSource pages;
    private final BiConsumer<PageSnapshot, ActionItemSync.Outcome> afterEach;

    public ActionItemResync(ActionItemSync sync, PageSource pages) { this(sync, pages, (page, outcome) -> { }); }

    /** @param afterEach what else a re-synced page needs, as its save would do it (e.g. recording a series' index page) */
    public ActionItemResync(ActionItemSync sync, PageSource pages, BiConsumer<PageSnapshot, ActionItemSync.Outcome> afterEach) {
        this.sync = sync;
        this.pages = pages;
        this.afterEach = afterEach;
    }

    /**
     * @param spaceKey one space, or null for every space
     * @param from     where a previous call stopped, or null to start
     */
    public Progress run(String spaceKey, Position from, int maxPages, String actorKey) {
        List<String> spaces = spaceKey != null ? List.of(spaceKey) : pages.spaceKeys().stream().sorted().toList();
        int synced = 0, inserted = 0, updated = 0, removed = 0;
        List<Long> failed = new ArrayList<>();
        int start = from == null ? 0 : Math.max(0, spaces.indexOf(from.spaceKey()));
        long after = from == null ? 0 : from.afterPageId();
        for (int s = start; s < spaces.size(); s++, after = 0) {
            String space = spaces.get(s);
            while (true) {
                List<PageSnapshot> batch = pages.pagesAfter(space, after, maxPages - synced);
                for (PageSnapshot page : batch) {
                    try {
                        ActionItemSync.Outcome outcome = sync.pageSaved(page, actorKey);
                        inserted += outcome.inserted();
                        updated += outcome.updated();
                        removed += outcome.removed();
                        afterEach.accept(page, outcome);
                    } catch (RuntimeException e) {
                        failed.add(page.pageId());
                    }
                    synced++;
                    after = page.pageId();
                }
                if (synced >= maxPages) {
                    return new Progress(synced, inserted, updated, removed, failed, new Position(space, after));
                }
                if (batch.isEmpty()) break;
            }
        }
        return new Progress(synced, inserted, updated, removed, failed, null);
    }
}
