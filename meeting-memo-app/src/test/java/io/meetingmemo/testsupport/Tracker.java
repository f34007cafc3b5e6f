package io.meetingmemo.testsupport;

import io.meetingmemo.actionitem.ao.AoActionItemRepository;
import io.meetingmemo.actionitem.domain.ActionItemFinder;
import io.meetingmemo.actionitem.domain.ActionItemStatusService;
import io.meetingmemo.actionitem.domain.ActionItemSync;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.EmbeddedActiveObjects;
import io.meetingmemo.memo.domain.StorageFormatParser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The action-item tracker on a real database, wired as the app wires it: Active Objects (real ORM,
 * real SQL) migrated through every upgrade task the descriptor lists, the AO repository, and the domain services. Users are "user-" + username. {@link #pages} stands in
 * for Confluence's pages: each {@link #save} stores the next version of the page there, then syncs it, and a sync
 * that loses a race reads the latest version there.
 */
public final class Tracker implements AutoCloseable {
    public static final String NAMESPACE = "io.meetingmemo.confluence";

    public final EmbeddedActiveObjects ao;
    public final AoActionItemRepository repository;
    public final ActionItemSync sync;
    public final ActionItemStatusService status;
    public final ActionItemFinder finder;
    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    public final Map<Long, PageSnapshot> pages = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public Tracker(DatabaseConfig database) {
        ao = new EmbeddedActiveObjects(database, NAMESPACE);
        DescriptorSchema.migrate(ao);
        repository = new AoActionItemRepository(ao);
        sync = anotherNode();
        status = new ActionItemStatusService(repository, clock);
        finder = new ActionItemFinder(repository);
    }

    /** The sync as a second cluster node has it: same database and pages, its own in-memory state. */
    public ActionItemSync anotherNode() {
        return new ActionItemSync(repository, new StorageFormatParser(),
                user -> user.userKey() != null ? user.userKey() : "user-" + user.username(), clock,
                pageId -> Optional.ofNullable(pages.get(pageId)));
    }

    /** Saves the next version of the page, then syncs it, as a page event does. */
    public ActionItemSync.Outcome save(long pageId, String spaceKey, String title, String body) {
        return sync.pageSaved(store(pageId, spaceKey, title, body), "user-editor");
    }

    /** Stores the next version of the page (version 1 for a new one) without syncing it. */
    public PageSnapshot store(long pageId, String spaceKey, String title, String body) {
        return pages.compute(pageId, (id, old) -> new PageSnapshot(id, old == null ? 1 : old.version() + 1, spaceKey, title, body));
    }

    @Override public void close() { ao.close(); }

    /** A clock tests move by hand. */
    public static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) { now = start; }

        public void advanceSeconds(long seconds) { now = now.plusSeconds(seconds); }

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(java.time.ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }
}
