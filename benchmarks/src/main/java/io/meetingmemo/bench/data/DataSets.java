package io.meetingmemo.bench.data;

import io.meetingmemo.embeddedao.AoTableNames;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.preview.descriptor.PluginDescriptor;
import io.meetingmemo.preview.store.HostUser;
import io.meetingmemo.preview.store.HostUsers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The benchmark data sets: which people and seed a scale has, where its database lives, and loading it
 * once. A loaded database records what it holds in {@value #MARKER_TABLE}, so later runs at the same
 * scale, seed and generator version reuse it instead of loading again.
 */
public final class DataSets {
    public static final long DEFAULT_SEED = 20_261_123L;
    /** Bump when the generator or the loaders change what they produce, so old databases are reloaded. */
    static final int GENERATOR_VERSION = 1;
    private static final String MARKER_TABLE = "BENCH_DATA_SET";

    private DataSets() {}

    /**
     * The preview host's non-administrator users first (so they own the most items and REST filters such as
     * {@code assignee=sanna} find plenty), then about one generated person per thousand items.
     */
    public static People people(long items, long seed) {
        return People.of(hostPeople(), People.generatedFor(items), seed);
    }

    /** The preview host's users who are not administrators: the people of a demo data set. */
    public static List<People.Person> hostPeople() {
        return new HostUsers().all().stream().filter(u -> !u.administrator()).map(DataSets::person).toList();
    }

    private static People.Person person(HostUser user) {
        return new People.Person(user.key().getStringValue(), user.username(), user.fullName());
    }

    /** Loads the data set into the target's database for this scale unless it already holds exactly this one. */
    public static void ensureLoaded(DatabaseTarget target, long items, long seed, Consumer<String> log) {
        DatabaseConfig database = target.at(items);
        String wanted = description(items, seed) + (target.variant().isEmpty() ? "" : " variant=" + target.variant());
        if (wanted.equals(loadedDataSet(database))) {
            log.accept("reusing " + database.jdbcUrl() + " (" + wanted + ")");
            try (AppDatabase db = AppDatabase.open(database, people(items, seed))) {
                db.removeBenchmarkLeftovers();
            }
            return;
        }
        wipe(target, database);
        log.accept("loading " + wanted + " into " + database.jdbcUrl() + " …");
        People people = people(items, seed);
        try (AppDatabase db = AppDatabase.open(database, people)) {
            LoadReport report = BulkLoader.load(new DataSetGenerator(items, seed, people), db);
            log.accept("loaded " + report);
            try (Connection c = db.activeObjects().openConnection(); Statement s = c.createStatement()) {
                // Fresh statistics, as a production database gets them from (auto-)analyze.
                s.execute("ANALYZE");
                s.execute("CREATE TABLE " + MARKER_TABLE + " (DESCRIPTION VARCHAR(200) NOT NULL)");
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + MARKER_TABLE + " VALUES (?)")) {
                    insert.setString(1, wanted);
                    insert.executeUpdate();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot finish the data set in " + database.jdbcUrl(), e);
            }
        }
        compact(database);
    }

    /**
     * Rewrites the database compactly, as a long-running one would be: bulk loading leaves H2's file several
     * times larger than its data, and PostgreSQL's tables with dead tuples.
     */
    private static void compact(DatabaseConfig database) {
        String command = database.kind() == DatabaseConfig.Kind.H2 ? "SHUTDOWN COMPACT" : "VACUUM ANALYZE";
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement s = c.createStatement()) {
            s.execute(command);
        } catch (SQLException e) {
            throw new IllegalStateException(command + " failed on " + database.jdbcUrl(), e);
        }
    }

    /** What a loaded data set holds, counted in the database, as one line for the report. */
    public static String describeLoaded(DatabaseConfig database) {
        String items = "\"" + AoTableNames.prefixFor(PluginDescriptor.load(DataSets.class.getClassLoader()).activeObjects().namespace())
                + "ACTION_ITEM\"";
        String today = DataSetGenerator.REFERENCE_DAY.toString();
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT \"PAGE_ID\"), COUNT(DISTINCT \"ASSIGNEE_KEY\"), "
                     + "SUM(CASE WHEN \"STATUS\" = 'open' THEN 1 ELSE 0 END), "
                     + "SUM(CASE WHEN \"STATUS\" = 'open' AND \"DUE_SORT\" < '" + today + "' THEN 1 ELSE 0 END), "
                     + "SUM(CASE WHEN \"DUE_DATE\" IS NULL THEN 1 ELSE 0 END), SUM(CASE WHEN \"SOURCE\" = 'task' THEN 1 ELSE 0 END), "
                     + "SUM(CASE WHEN \"REMOVED\" THEN 1 ELSE 0 END), SUM(CASE WHEN \"HIDDEN\" THEN 1 ELSE 0 END) FROM " + items)) {
            rs.next();
            long total = rs.getLong(1);
            return String.format(Locale.ROOT, "%,d action items on %,d pages, %,d assignees; %.0f%% open (%.0f%% overdue on %s), "
                            + "%.0f%% without a due date, %.0f%% native tasks, %,d removed from their page, %,d on trashed pages",
                    total, rs.getLong(2), rs.getLong(3), percent(rs.getLong(4), total), percent(rs.getLong(5), total), today,
                    percent(rs.getLong(6), total), percent(rs.getLong(7), total), rs.getLong(8), rs.getLong(9));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot describe the data set in " + database.jdbcUrl(), e);
        }
    }

    private static double percent(long part, long total) { return total == 0 ? 0 : 100.0 * part / total; }

    private static String description(long items, long seed) {
        return "items=" + items + " seed=" + seed + " generator=" + GENERATOR_VERSION;
    }

    private static String loadedDataSet(DatabaseConfig database) {
        if (database.kind() == DatabaseConfig.Kind.H2 && !Files.exists(h2Directory(database).resolve("meeting-memo.mv.db"))) {
            return null;
        }
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DESCRIPTION FROM " + MARKER_TABLE)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private static void wipe(DatabaseTarget target, DatabaseConfig database) {
        switch (database.kind()) {
            case H2 -> deleteRecursively(h2Directory(database));
            case POSTGRESQL -> {
                String url = database.jdbcUrl().replaceAll("\\?.*", "");
                String name = url.substring(url.lastIndexOf('/') + 1);
                DatabaseConfig server = target.postgres();
                try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                     Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    s.execute("CREATE DATABASE " + name);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot recreate database " + name + " on " + server.jdbcUrl(), e);
                }
            }
            case HSQLDB -> throw new IllegalArgumentException("benchmarks run on H2 or PostgreSQL");
        }
    }

    /** The directory of an {@link DatabaseConfig#h2File} database. */
    static Path h2Directory(DatabaseConfig database) {
        String path = database.jdbcUrl().substring("jdbc:h2:file:".length()).replaceAll(";.*", "");
        return Path.of(path).getParent();
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) return;
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }
}
