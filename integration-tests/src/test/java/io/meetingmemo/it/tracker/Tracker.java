package io.meetingmemo.it.tracker;

import io.meetingmemo.actionitem.ao.AoActionItemRepository;
import io.meetingmemo.actionitem.ao.AoMemoRecordRepository;
import io.meetingmemo.actionitem.app.TrackerMaintenance;
import io.meetingmemo.actionitem.domain.ActionItemFinder;
import io.meetingmemo.actionitem.domain.ActionItemResync;
import io.meetingmemo.actionitem.domain.ActionItemStatusService;
import io.meetingmemo.actionitem.domain.ActionItemSync;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import io.meetingmemo.contact.app.ContactRegister;
import io.meetingmemo.decision.app.DecisionLog;
import io.meetingmemo.decision.domain.DecisionRepository;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.memo.app.MemoRecords;
import io.meetingmemo.series.app.SeriesRegister;
import io.meetingmemo.series.app.SeriesOverview;
import io.meetingmemo.embeddedao.EmbeddedActiveObjects;
import io.meetingmemo.preview.descriptor.PluginContainer;
import io.meetingmemo.preview.descriptor.PluginDescriptor;
import io.meetingmemo.preview.platform.HostPlatform;
import io.meetingmemo.preview.store.HostPageStore;
import io.meetingmemo.preview.store.HostUsers;
import io.meetingmemo.testsupport.TableRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The app's action-item tracker on a real database, enabled as Confluence enables it: the preview host's
 * platform (pages, users, permissions) on the database, the app's tables migrated by its descriptor, and the app's
 * own Spring context, whose repository, status service and tracker-maintenance use case the tests drive. Only
 * the clock is the test's. Pages are the host's pages, numbered by the test; each {@link #save} stores the next
 * version of a page and syncs it as the page-event listener does, saved by {@code editor} (key {@code user-editor}).
 */
public final class Tracker implements AutoCloseable {
    public final EmbeddedActiveObjects ao;
    public final AoActionItemRepository repository;
    /** The memo records the syncs write. */
    public final AoMemoRecordRepository memos;
    /** The memo list use case, for the person {@link #as} names. */
    public final MemoRecords memoRecords;
    /** The series use case, for the person {@link #as} names. */
    public final SeriesRegister series;
    /** The series page's use case (the {@code meeting-series} macro's), for the person {@link #as} names. */
    public final SeriesOverview seriesOverview;
    public final ContactRegister contacts;
    /** The decisions the syncs write. */
    public final DecisionRepository decisions;
    /** The decision log use case, for the person {@link #as} names. */
    public final DecisionLog decisionLog;
    public final Node sync;
    public final ActionItemStatusService status;
    public final ActionItemFinder finder;
    /** The app's hand-written carry-over read (SAL's RDBMS executor on the AO tables) and the use case that pages it. */
    public final io.meetingmemo.actionitem.domain.ActionItemLists carriedItems;
    public final io.meetingmemo.memo.app.MemoPages memoPages;
    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private final HostPlatform platform;
    private final List<PluginContainer> nodes = new ArrayList<>();

    public Tracker(DatabaseConfig database) {
        ClassLoader appClassLoader = Tracker.class.getClassLoader();
        ao = new EmbeddedActiveObjects(database, PluginDescriptor.load(appClassLoader).activeObjects().namespace());
        HostUsers users = new HostUsers();
        for (String name : List.of("editor", "A", "B", "C", "D")) users.addPerson("user-" + name, name, name);
        platform = HostPlatform.forApp(appClassLoader, ao, users, "http://127.0.0.1");
        platform.migrate();
        PluginContainer app = enable();
        repository = app.get("actionItemRepository", AoActionItemRepository.class);
        memos = app.get("memoRecordRepository", AoMemoRecordRepository.class);
        memoRecords = app.get("memoRecords", MemoRecords.class);
        series = app.get("seriesRegister", SeriesRegister.class);
        seriesOverview = app.get("seriesOverview", SeriesOverview.class);
        contacts = app.get("contactRegister", ContactRegister.class);
        status = app.get("actionItemStatuses", ActionItemStatusService.class);
        decisions = app.get("decisionRepository", DecisionRepository.class);
        decisionLog = app.get("decisionLog", DecisionLog.class);
        finder = new ActionItemFinder(repository);
        carriedItems = app.get("carriedItems", io.meetingmemo.actionitem.domain.ActionItemLists.class);
        memoPages = app.get("memoPages", io.meetingmemo.memo.app.MemoPages.class);
        sync = new Node(app.get("trackerMaintenance", TrackerMaintenance.class));
    }

    /** The host's platform under the app: its services, people and pages. */
    public HostPlatform platform() { return platform; }

    /** A bean of the app's own Spring context (the first node's). */
    public <T> T bean(String id, Class<T> type) { return nodes.get(0).get(id, type); }

    private PluginContainer enable() {
        PluginContainer app = platform.startApp(clock);
        nodes.add(app);
        return app;
    }

    /** The app as a second cluster node has it: the same database and pages, its own context and in-memory state. */
    public Node anotherNode() {
        return new Node(enable().get("trackerMaintenance", TrackerMaintenance.class));
    }

    /** The user key the platform gives a username (the host's people have keys of 32 hex digits). */
    public String key(String username) {
        return platform.users().byUsername(username).orElseThrow().key().getStringValue();
    }

    /** Work done as the signed-in person with that username (null: nobody), as their request would run it. */
    public <T> T as(String username, Supplier<T> work) {
        return platform.users().actingAs(username == null ? null : key(username), work);
    }

    /** Only these people may view the space from now on. */
    public void limitSpaceViewTo(String spaceKey, String... usernames) {
        platform.pages().limitSpacePermission(spaceKey, "VIEWSPACE", Set.of(usernames));
    }

    /** Only these people may view the page from now on. */
    public void restrictViewTo(long pageId, String... usernames) {
        platform.pages().restrict(pageId, "view", Set.of(usernames));
    }

    /** Saves the next version of the page, then syncs it, as a page event does. */
    public ActionItemSync.Outcome save(long pageId, String spaceKey, String title, String body) {
        return sync.pageSaved(store(pageId, spaceKey, title, body), "user-editor");
    }

    /** Stores the next version of the page (version 1 for a new one, under the id given) without syncing it. */
    public synchronized PageSnapshot store(long pageId, String spaceKey, String title, String body) {
        HostPageStore pages = platform.pages();
        for (int attempt = 1; attempt <= 20; attempt++) {
            Optional<HostPageStore.StoredPage> old = pages.find(pageId);
            if (old.isEmpty()) {
                pages.ensureSpace(spaceKey, spaceKey);
                pages.insertWithId(pageId, spaceKey, title, body, "editor");
                return page(pageId);
            }
            // Only this method writes the test's pages; a refused update is the database's (a lock or snapshot
            // conflict under load), so the next version is tried again on a fresh read.
            if (pages.updateIfVersion(pageId, old.get().version() + 1, title, body, "editor")) return page(pageId);
        }
        throw new IllegalStateException("page " + pageId + " could not be saved");
    }

    /** The page's current version as the app reads it. */
    public PageSnapshot page(long pageId) { return latest(pageId).orElseThrow(); }

    public Optional<PageSnapshot> latest(long pageId) {
        return platform.pages().find(pageId)
                .map(p -> new PageSnapshot(p.id(), p.version(), p.spaceKey(), p.title(), p.body()));
    }

    /**
     * What the table of synced page versions holds for a page, read with plain JDBC in id order: its page row and its
     * memo rows, each as column name to value (numbers as long, text columns as strings).
     */
    public List<Map<String, Object>> syncRecords(long pageId) {
        try (Connection c = ao.openConnection()) {
            return TableRows.query(c, "SELECT * FROM \"" + ao.tablePrefix() + "SYNCED_PAGE\" WHERE \"PAGE_ID\" = ? ORDER BY \"ID\"", pageId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decision rows of a page, read with plain JDBC in id order, each as column name to value. */
    public List<Map<String, Object>> decisionRows(long pageId) {
        try (Connection c = ao.openConnection()) {
            return TableRows.query(c, "SELECT * FROM \"" + ao.tablePrefix() + "DECISION\" WHERE \"PAGE_ID\" = ? ORDER BY \"ID\"", pageId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            nodes.forEach(PluginContainer::close);
        } finally {
            ao.close();
        }
    }

    /** One node's tracker maintenance, told who saved as the listener's request would be. */
    public final class Node {
        private final TrackerMaintenance tracker;

        Node(TrackerMaintenance tracker) { this.tracker = tracker; }

        /** A saved version, synced for the signed-in user with that key (a person of the platform, or nobody). */
        public ActionItemSync.Outcome pageSaved(PageSnapshot page, String actorKey) {
            return platform.users().actingAs(actorKey, () -> tracker.pageSaved(page));
        }

        public void pageTrashed(long pageId) { tracker.pageTrashed(pageId); }

        public void pageRemoved(long pageId) { tracker.pageRemoved(pageId); }

        /** The administrators' re-sync of every space, in one batch of up to 500 pages, as {@code admin} runs it. */
        public ActionItemResync.Progress resyncAsAdministrator() {
            return as("admin", () -> tracker.resync(null, null, 500));
        }
    }

    /** A clock tests move by hand. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) { now = start; }

        public void advanceSeconds(long seconds) { now = now.plusSeconds(seconds); }

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(java.time.ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }
}
