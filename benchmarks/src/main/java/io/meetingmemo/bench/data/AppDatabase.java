package io.meetingmemo.bench.data;

import io.meetingmemo.actionitem.ao.AoActionItemRepository;
import io.meetingmemo.actionitem.app.TrackerMaintenance;
import io.meetingmemo.actionitem.domain.ActionItemFinder;
import io.meetingmemo.actionitem.domain.ActionItemStatusService;
import io.meetingmemo.actionitem.domain.ActionItemSync;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import io.meetingmemo.bench.host.RecordingTemplateRenderer;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.EmbeddedActiveObjects;
import io.meetingmemo.memo.app.MemoPages;
import io.meetingmemo.preview.descriptor.PluginContainer;
import io.meetingmemo.preview.descriptor.PluginDescriptor;
import io.meetingmemo.preview.platform.HostPlatform;
import io.meetingmemo.preview.platform.HostTemplateRenderer;
import io.meetingmemo.preview.store.HostPageStore;
import io.meetingmemo.preview.store.HostUsers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One benchmark database: the app's Active Objects tables, migrated from the app's own descriptor as the
 * AO plugin would, and the preview host's page tables beside them, with the app enabled on the host's platform
 * through its own Spring context (the tracker's repository, use cases and status service are the context's
 * beans; only the clock is the loaders'). The data set's people are users of that platform, so names on pages
 * resolve as Confluence would resolve them.
 */
public final class AppDatabase implements AutoCloseable {
    /** Benchmarks put the pages they add into this space, or use page ids from {@link #FIRST_BENCHMARK_PAGE_ID} on. */
    public static final String BENCHMARK_SPACE = "BENCH";
    /** Above every page id of a data set (the host numbers pages from 65,537 up). */
    public static final long FIRST_BENCHMARK_PAGE_ID = 3_000_000_000L;

    private final EmbeddedActiveObjects ao;
    private final HostPlatform platform;
    private final RecordingTemplateRenderer templates;
    private final PluginContainer app;
    private final TrackerMaintenance tracker;
    private final AoActionItemRepository repository;
    private final ActionItemStatusService statusService;
    private final ActionItemFinder finder;
    private final MemoPages memoPages;
    private final SettableClock clock;

    private AppDatabase(EmbeddedActiveObjects ao, HostPlatform platform, RecordingTemplateRenderer templates,
                        PluginContainer app, SettableClock clock) {
        this.ao = ao;
        this.platform = platform;
        this.templates = templates;
        this.app = app;
        this.clock = clock;
        this.tracker = app.get("trackerMaintenance", TrackerMaintenance.class);
        this.repository = app.get("actionItemRepository", AoActionItemRepository.class);
        this.statusService = app.get("actionItemStatuses", ActionItemStatusService.class);
        this.finder = new ActionItemFinder(repository);
        this.memoPages = app.get("memoPages", MemoPages.class);
    }

    /** Opens (and creates or upgrades) the schema in the database, and enables the app on it. */
    public static AppDatabase open(DatabaseConfig database, People people) {
        ClassLoader appClassLoader = AppDatabase.class.getClassLoader();
        PluginDescriptor descriptor = PluginDescriptor.load(appClassLoader);
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(database, descriptor.activeObjects().namespace());
        try {
            HostUsers users = new HostUsers();
            for (People.Person p : people.all()) users.addPerson(p.userKey(), p.username(), p.fullName());
            RecordingTemplateRenderer templates = new RecordingTemplateRenderer(new HostTemplateRenderer(appClassLoader));
            HostPlatform platform = new HostPlatform(descriptor, appClassLoader, ao,
                    new HostPageStore(ao::openConnection, database.kind()), users, templates, "http://127.0.0.1");
            platform.migrate();
            SettableClock clock = new SettableClock();
            return new AppDatabase(ao, platform, templates, platform.startApp(clock), clock);
        } catch (RuntimeException e) {
            ao.close();
            throw e;
        }
    }

    public EmbeddedActiveObjects activeObjects() { return ao; }

    /** The host's platform the app runs on: its pages, users, events and permissions. */
    public HostPlatform platform() { return platform; }

    /** The app's Spring context on that platform. */
    public PluginContainer app() { return app; }

    /** The template renderer the app renders with; it remembers the last model. */
    public RecordingTemplateRenderer templates() { return templates; }

    public HostPageStore pages() { return platform.pages(); }

    public AoActionItemRepository repository() { return repository; }

    /**
     * Syncs a saved page version as the app's page-event listener does, saved by the person with that key: the
     * tracker-maintenance use case of the app's context, with that person signed in.
     */
    public ActionItemSync.Outcome pageSaved(PageSnapshot page, String actorKey) {
        return platform.users().actingAs(actorKey, () -> tracker.pageSaved(page));
    }

    /** The page went to the trash, as the listener reports it. */
    public void pageTrashed(long pageId) { tracker.pageTrashed(pageId); }

    public ActionItemStatusService statusService() { return statusService; }

    public ActionItemFinder finder() { return finder; }

    /** The memo reading of the app's context: what the memo macro reads a page's and a series' items with. */
    public MemoPages memoPages() { return memoPages; }

    /** The clock of sync and status changes (the app's clock bean); loaders set it to the day of each meeting. */
    public SettableClock clock() { return clock; }

    /** The AO table of a declared entity, e.g. {@code ACTION_ITEM} → {@code AO_B80927_ACTION_ITEM}. */
    public String table(String entityTable) { return ao.tablePrefix() + entityTable; }

    /**
     * Deletes the tracked items (and their history) of pages with ids from {@code firstPageId} up to but
     * excluding {@code endPageId}: benchmarks clean up what they added, so the loaded data set stays as loaded.
     */
    public void deleteItemsOfPages(long firstPageId, long endPageId) {
        String items = "FROM \"" + table("ACTION_ITEM") + "\" WHERE \"PAGE_ID\" >= ? AND \"PAGE_ID\" < ?";
        try (Connection c = ao.openConnection();
             PreparedStatement history = c.prepareStatement("DELETE FROM \"" + table("STATUS_CHANGE")
                     + "\" WHERE \"ITEM_ID\" IN (SELECT \"ID\" " + items + ")");
             PreparedStatement rows = c.prepareStatement("DELETE " + items);
             PreparedStatement synced = c.prepareStatement("DELETE FROM \"" + table("SYNCED_PAGE") + "\" WHERE \"PAGE_ID\" >= ? AND \"PAGE_ID\" < ?");
             PreparedStatement decisions = c.prepareStatement("DELETE FROM \"" + table("DECISION") + "\" WHERE \"PAGE_ID\" >= ? AND \"PAGE_ID\" < ?")) {
            for (PreparedStatement delete : List.of(history, rows, synced, decisions)) {
                delete.setLong(1, firstPageId);
                delete.setLong(2, endPageId);
                delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete benchmark rows: " + e.getMessage(), e);
        }
    }

    /**
     * Deletes whatever benchmarks added and an interrupted run left behind: pages of {@link #BENCHMARK_SPACE} and
     * items on page ids from {@link #FIRST_BENCHMARK_PAGE_ID}, with their history.
     */
    public void removeBenchmarkLeftovers() {
        String itemsOfBenchmarkPages = " FROM \"" + table("ACTION_ITEM") + "\" WHERE \"PAGE_ID\" >= " + FIRST_BENCHMARK_PAGE_ID
                + " OR \"PAGE_ID\" IN (SELECT ID FROM HOST_PAGE WHERE SPACE_KEY = '" + BENCHMARK_SPACE + "')";
        try (Connection c = ao.openConnection(); var s = c.createStatement()) {
            s.executeUpdate("DELETE FROM \"" + table("STATUS_CHANGE") + "\" WHERE \"ITEM_ID\" IN (SELECT \"ID\"" + itemsOfBenchmarkPages + ")");
            s.executeUpdate("DELETE" + itemsOfBenchmarkPages);
            s.executeUpdate("DELETE FROM HOST_RESTRICTION WHERE PAGE_ID IN (SELECT ID FROM HOST_PAGE WHERE SPACE_KEY = '"
                    + BENCHMARK_SPACE + "')");
            s.executeUpdate("DELETE FROM HOST_PAGE WHERE SPACE_KEY = '" + BENCHMARK_SPACE + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove benchmark leftovers: " + e.getMessage(), e);
        }
    }

    /** Deletes a page a benchmark added, with everything the tracker stored for it. */
    public void deletePage(long pageId) {
        pages().purge(pageId);
        deleteItemsOfPages(pageId, pageId + 1);
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            ao.close();
        }
    }

    /** A clock the loaders move to each page's meeting day, so stored timestamps fit the data set. */
    public static final class SettableClock extends Clock {
        private volatile Instant now = DataSetGenerator.REFERENCE_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();

        public void set(Instant instant) { now = instant; }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }
}
