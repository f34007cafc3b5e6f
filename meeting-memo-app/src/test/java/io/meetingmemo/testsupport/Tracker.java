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

/**
 * The action-item tracker on a real database, wired as the app wires it: Active Objects (real ORM,
 * real SQL) migrated through every upgrade task the descriptor lists, the AO repository, and the domain services. Users are "user-" + username.
 */
public final class Tracker implements AutoCloseable {
    public static final String NAMESPACE = "io.meetingmemo.confluence";

    public final EmbeddedActiveObjects ao;
    public final AoActionItemRepository repository;
    public final ActionItemSync sync;
    public final ActionItemStatusService status;
    public final ActionItemFinder finder;
    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @SuppressWarnings("unchecked")
    public Tracker(DatabaseConfig database) {
        ao = new EmbeddedActiveObjects(database, NAMESPACE);
        DescriptorSchema.migrate(ao);
        repository = new AoActionItemRepository(ao);
        sync = new ActionItemSync(repository, new StorageFormatParser(),
                user -> user.userKey() != null ? user.userKey() : "user-" + user.username(), clock);
        status = new ActionItemStatusService(repository, clock);
        finder = new ActionItemFinder(repository);
    }

    public ActionItemSync.Outcome save(long pageId, String spaceKey, String title, String body) {
        return sync.pageSaved(new PageSnapshot(pageId, spaceKey, title, body), "user-editor");
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
