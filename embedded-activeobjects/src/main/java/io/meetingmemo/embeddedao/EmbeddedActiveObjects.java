package io.meetingmemo.embeddedao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.SchemaConfiguration;
import net.java.ao.Transaction;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.Case;
import net.java.ao.schema.DefaultIndexNameConverter;
import net.java.ao.schema.DefaultSequenceNameConverter;
import net.java.ao.schema.DefaultTriggerNameConverter;
import net.java.ao.schema.DefaultUniqueNameConverter;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.UnderscoreFieldNameConverter;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import net.java.ao.schema.info.SimpleEntityInfoResolverFactory;
import org.slf4j.LoggerFactory;

/**
 * The Active Objects plugin's {@link ActiveObjects} service for one plugin namespace, on the real AO ORM
 * ({@code net.java.ao.EntityManager} of activeobjects 6.1, the line Confluence 9 and 10 ship) over a pooled
 * JDBC connection. The ORM's profiling calls land on this module's no-op stand-ins
 * ({@code com.atlassian.util.profiling}, {@code com.atlassian.plugin.util.PluginKeyStack}). Like the AO
 * plugin it names tables {@code AO_xxxxxx_NAME}, runs the module's numbered upgrade tasks newer than the stored model version,
 * then migrates the declared entities.
 */
public final class EmbeddedActiveObjects implements ActiveObjects, AutoCloseable {
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(EmbeddedActiveObjects.class);
    private static final String MODEL_VERSION_TABLE = "AO_PREVIEW_MODEL_VERSION";

    /** AO's own switch for the isolation level of the transactions it starts. */
    static final String ISOLATION_PROPERTY = "ao.transaction.isolation.level";

    static {
        // Confluence's Active Objects runs executeInTransaction inside the host's transaction, at the database's
        // READ COMMITTED; AO's own Transaction would default to SERIALIZABLE, under which PostgreSQL cancels even
        // plain reads of rows that other requests are writing. Behave as Confluence does (unless told otherwise).
        if (System.getProperty(ISOLATION_PROPERTY) == null) System.setProperty(ISOLATION_PROPERTY, "TRANSACTION_READ_COMMITTED");
    }

    private final HikariDataSource pool;
    private final EntityManager entityManager;
    private final String namespace;
    private final DatabaseConfig database;
    private final ThreadLocal<Integer> transactionDepth = ThreadLocal.withInitial(() -> 0);

    public EmbeddedActiveObjects(DatabaseConfig database, String namespace) {
        this.database = database;
        this.namespace = namespace;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.username());
        config.setPassword(database.password());
        config.setMaximumPoolSize(10);
        config.setPoolName("meeting-memo-ao");
        // Every connection is handed out, and given back, at the level Active Objects' transactions ask for, so
        // PooledIsolation can leave out the round trip of setting it again.
        String isolation = System.getProperty(ISOLATION_PROPERTY);
        config.setTransactionIsolation(isolation);
        this.pool = new HikariDataSource(config);
        this.entityManager = new EntityManager(provider(database, new CountingDataSource(pool, isolationLevel(isolation))), configuration(namespace));
    }

    public String namespace() { return namespace; }

    public DatabaseConfig database() { return database; }

    public String tablePrefix() { return AoTableNames.prefixFor(namespace); }

    /** A plain JDBC connection to the same database, for tests and benchmarks that compare with raw SQL. */
    public Connection openConnection() throws SQLException { return pool.getConnection(); }

    /**
     * Brings the schema to the module's model version: runs each upgrade task newer than the stored
     * version in order (each migrates what it needs, then moves data), stores the new version, then
     * migrates the declared entities, as the AO plugin does when a plugin starts.
     */
    @SafeVarargs
    public final void initialize(List<? extends ActiveObjectsUpgradeTask> upgradeTasks,
                                 Class<? extends RawEntity<?>>... entities) {
        ModelVersion current = readModelVersion();
        List<? extends ActiveObjectsUpgradeTask> pending = upgradeTasks.stream()
                .filter(task -> task.getModelVersion().isNewerThan(current))
                .sorted(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion))
                .toList();
        ModelVersion reached = current;
        for (ActiveObjectsUpgradeTask task : pending) {
            LOG.info("Active Objects {}: upgrading model from version {} to {}", namespace, reached, task.getModelVersion());
            task.upgrade(reached, this);
            reached = task.getModelVersion();
            writeModelVersion(reached);
        }
        migrate(entities);
    }

    public ModelVersion readModelVersion() {
        try (Connection c = pool.getConnection()) {
            ensureModelVersionTable(c);
            try (PreparedStatement ps = c.prepareStatement("SELECT MODEL_VERSION FROM " + MODEL_VERSION_TABLE + " WHERE NAMESPACE = ?")) {
                ps.setString(1, namespace);
                try (ResultSet rs = ps.executeQuery()) {
                    return ModelVersion.valueOf(rs.next() ? rs.getString(1) : null);
                }
            }
        } catch (SQLException e) {
            throw new ActiveObjectsException("cannot read the model version of " + namespace, e);
        }
    }

    private void writeModelVersion(ModelVersion version) {
        try (Connection c = pool.getConnection()) {
            ensureModelVersionTable(c);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + MODEL_VERSION_TABLE + " WHERE NAMESPACE = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO " + MODEL_VERSION_TABLE + " (NAMESPACE, MODEL_VERSION) VALUES (?, ?)")) {
                delete.setString(1, namespace);
                delete.executeUpdate();
                insert.setString(1, namespace);
                insert.setString(2, version.toString());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new ActiveObjectsException("cannot store the model version of " + namespace, e);
        }
    }

    private static void ensureModelVersionTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + MODEL_VERSION_TABLE
                    + " (NAMESPACE VARCHAR(255) PRIMARY KEY, MODEL_VERSION VARCHAR(32) NOT NULL)");
        }
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        call(() -> { entityManager.migrate(entities); return null; });
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return call(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return call(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return call(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) return;
        call(() -> { entityManager.create(type, rows); return null; });
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        call(() -> { entityManager.delete(entities); return null; });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return call(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        call(() -> { entityManager.stream(type, query, callback); return null; });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call(() -> entityManager.count(type, query));
    }

    /**
     * Runs the callback in one database transaction; a nested call joins the outer transaction. Entity
     * caches are dropped first so that each transaction reads what other nodes or requests committed.
     */
    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        int depth = transactionDepth.get();
        if (depth > 0) return callback.doInTransaction();
        transactionDepth.set(depth + 1);
        try {
            entityManager.flushAll();
            return new Transaction<T>(entityManager) {
                @Override protected T run() { return callback.doInTransaction(); }
            }.execute();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e.getMessage(), e);
        } finally {
            transactionDepth.remove();
        }
    }

    /** Work on a connection lent by {@link #withConnection}. */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Lends a connection in a transaction, as Confluence lends the one Active Objects works on to SAL's
     * {@code TransactionalExecutor}: by default the connection of this thread's Active Objects transaction, joined or
     * started (so the work sees what the transaction wrote, and its statements are counted with Active Objects'); with
     * {@code newTransaction}, a connection of its own whose transaction commits when the work returns. Auto-commit is
     * off either way, and the transaction ends with the work or the transaction it joined, never inside it.
     */
    public <T> T withConnection(boolean newTransaction, ConnectionWork<T> work) {
        if (!newTransaction) {
            return executeInTransaction(() -> call(() -> work.run(entityManager.getProvider().getConnection())));
        }
        try (Connection connection = StatementCounter.wrap(pool.getConnection())) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new ActiveObjectsException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        entityManager.getProvider().dispose();
        pool.close();
    }

    private interface SqlCall<T> { T run() throws SQLException; }

    private static <T> T call(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e.getMessage(), e);
        }
    }

    /**
     * AO 6.1's H2 provider reads an H2 2.x schema without being told it (3.2's needed {@code PUBLIC}); naming
     * {@code PUBLIC} keeps the tables of existing H2 files where they are. AO's HSQLDB provider runs
     * {@code SHUTDOWN} when disposed, so an in-memory HSQLDB database ends with the service.
     */
    private static DatabaseProvider provider(DatabaseConfig database, DisposableDataSource dataSource) {
        return switch (database.kind()) {
            case H2 -> new H2DatabaseProvider(dataSource, "PUBLIC");
            case HSQLDB -> new HSQLDatabaseProvider(dataSource, "PUBLIC");
            case POSTGRESQL -> new PostgreSQLDatabaseProvider(dataSource);
        };
    }

    private static EntityManagerConfiguration configuration(String namespace) {
        NameConverters names = new SimpleNameConverters(new AoTableNames(namespace),
                new UnderscoreFieldNameConverter(Case.UPPER), new DefaultSequenceNameConverter(),
                new DefaultTriggerNameConverter(), new DefaultIndexNameConverter(), new DefaultUniqueNameConverter());
        return new EntityManagerConfiguration() {
            @Override public boolean useWeakCache() { return true; }
            @Override public NameConverters getNameConverters() { return names; }
            @Override public SchemaConfiguration getSchemaConfiguration() { return new DefaultSchemaConfiguration(); }
            @Override public EntityInfoResolverFactory getEntityInfoResolverFactory() { return new SimpleEntityInfoResolverFactory(); }
        };
    }

    /** The JDBC level of a {@code TRANSACTION_*} name, as Hikari and Active Objects name it. */
    static int isolationLevel(String name) {
        return switch (name) {
            case "TRANSACTION_NONE" -> Connection.TRANSACTION_NONE;
            case "TRANSACTION_READ_UNCOMMITTED" -> Connection.TRANSACTION_READ_UNCOMMITTED;
            case "TRANSACTION_READ_COMMITTED" -> Connection.TRANSACTION_READ_COMMITTED;
            case "TRANSACTION_REPEATABLE_READ" -> Connection.TRANSACTION_REPEATABLE_READ;
            case "TRANSACTION_SERIALIZABLE" -> Connection.TRANSACTION_SERIALIZABLE;
            default -> throw new IllegalArgumentException("not a transaction isolation level: " + name);
        };
    }

    /** Hands AO pooled connections that count their statements and skip setting the isolation level they have. */
    private record CountingDataSource(HikariDataSource pool, int pooledIsolation) implements DisposableDataSource {
        @Override public Connection getConnection() throws SQLException {
            return StatementCounter.wrap(PooledIsolation.wrap(pool.getConnection(), pooledIsolation));
        }
        @Override public Connection getConnection(String user, String password) throws SQLException { return getConnection(); }
        @Override public void dispose() { /* the pool is closed with the service */ }
        @Override public PrintWriter getLogWriter() { return null; }
        @Override public void setLogWriter(PrintWriter out) { }
        @Override public void setLoginTimeout(int seconds) { }
        @Override public int getLoginTimeout() { return 0; }
        @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException { throw new SQLFeatureNotSupportedException(); }
        @Override public <T> T unwrap(Class<T> iface) throws SQLException { return pool.unwrap(iface); }
        @Override public boolean isWrapperFor(Class<?> iface) throws SQLException { return pool.isWrapperFor(iface); }
    }
}
