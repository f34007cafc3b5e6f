package io.meetingmemo.bench.data;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import io.meetingmemo.actionitem.ao.AoActionItemRepository;
import io.meetingmemo.actionitem.domain.ActionItemFinder;
import io.meetingmemo.actionitem.domain.ActionItemStatusService;
import io.meetingmemo.actionitem.domain.ActionItemSync;
import io.meetingmemo.actionitem.domain.UserKeyResolver;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.EmbeddedActiveObjects;
import io.meetingmemo.memo.domain.StorageFormatParser;
import io.meetingmemo.preview.descriptor.PluginDescriptor;
import io.meetingmemo.preview.store.HostPageStore;
import io.meetingmemo.preview.store.HostUsers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.RawEntity;

/**
 * One benchmark database: the app's Active Objects tables, migrated from the app's own descriptor as the
 * AO plugin would, and the preview host's page tables beside them, with the tracker wired as the app
 * wires it (AO repository, sync, status service, finder). User names on pages resolve through the data
 * set's people, as Confluence would resolve them.
 */
public final class AppDatabase implements AutoCloseable {
    /** Benchmarks put the pages they add into this space, or use page ids from {@link #FIRST_BENCHMARK_PAGE_ID} on. */
    public static final String BENCHMARK_SPACE = "BENCH";
    /** Above every page id of a data set (the host numbers pages from 65,537 up). */
    public static final long FIRST_BENCHMARK_PAGE_ID = 3_000_000_000L;

    private final EmbeddedActiveObjects ao;
    private final HostPageStore pages;
    private final AoActionItemRepository repository;
    private final ActionItemSync sync;
    private final ActionItemStatusService statusService;
    private final ActionItemFinder finder;
    private final SettableClock clock = new SettableClock();

    private AppDatabase(EmbeddedActiveObjects ao, UserKeyResolver users) {
        this.ao = ao;
        this.pages = new HostPageStore(ao::openConnection, ao.database().kind());
        this.repository = new AoActionItemRepository(ao);
        // Single-threaded loads and benchmarks never lose a race; a lost sync would find no page to re-read.
        this.sync = new ActionItemSync(repository, new StorageFormatParser(), users, clock, pageId -> java.util.Optional.empty());
        this.statusService = new ActionItemStatusService(repository, clock);
        this.finder = new ActionItemFinder(repository);
    }

    /** Opens (and creates or upgrades) the schema in the database. */
    public static AppDatabase open(DatabaseConfig database, People people) {
        PluginDescriptor.ActiveObjectsModule module = PluginDescriptor.load(AppDatabase.class.getClassLoader()).activeObjects();
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(database, module.namespace());
        try {
            migrate(ao, module);
            return new AppDatabase(ao, resolver(people));
        } catch (RuntimeException e) {
            ao.close();
            throw e;
        }
    }

    /** The people of the data set and the preview host's own users, by user key or username. */
    private static UserKeyResolver resolver(People people) {
        Map<String, String> keys = new HashMap<>();
        for (People.Person p : people.all()) {
            keys.put(p.userKey(), p.userKey());
            keys.put(p.username(), p.userKey());
        }
        for (var user : new HostUsers().all()) {
            keys.put(user.key().getStringValue(), user.key().getStringValue());
            keys.put(user.username(), user.key().getStringValue());
        }
        return user -> user.userKey() != null ? keys.get(user.userKey()) : keys.get(user.username());
    }

    @SuppressWarnings("unchecked")
    private static void migrate(EmbeddedActiveObjects ao, PluginDescriptor.ActiveObjectsModule module) {
        ClassLoader loader = AppDatabase.class.getClassLoader();
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        try {
            for (String task : module.upgradeTasks()) {
                tasks.add((ActiveObjectsUpgradeTask) Class.forName(task, true, loader).getConstructor().newInstance());
            }
            for (String entity : module.entities()) {
                entities.add((Class<? extends RawEntity<?>>) Class.forName(entity, true, loader));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the app's <ao> module names a class it does not contain", e);
        }
        ao.initialize(tasks, entities.toArray(new Class[0]));
    }

    public EmbeddedActiveObjects activeObjects() { return ao; }

    public HostPageStore pages() { return pages; }

    public AoActionItemRepository repository() { return repository; }

    public ActionItemSync sync() { return sync; }

    public ActionItemStatusService statusService() { return statusService; }

    public ActionItemFinder finder() { return finder; }

    /** The clock of sync and status changes; loaders set it to the day of each meeting. */
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
             PreparedStatement synced = c.prepareStatement("DELETE FROM \"" + table("SYNCED_PAGE") + "\" WHERE \"PAGE_ID\" >= ? AND \"PAGE_ID\" < ?")) {
            for (PreparedStatement delete : List.of(history, rows, synced)) {
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
        pages.purge(pageId);
        deleteItemsOfPages(pageId, pageId + 1);
    }

    @Override public void close() { ao.close(); }

    /** A clock the loaders move to each page's meeting day, so stored timestamps fit the data set. */
    public static final class SettableClock extends Clock {
        private volatile Instant now = DataSetGenerator.REFERENCE_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();

        public void set(Instant instant) { now = instant; }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }
}
