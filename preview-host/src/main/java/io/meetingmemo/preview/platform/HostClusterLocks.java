package io.meetingmemo.preview.platform;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.preview.store.HostPageStore;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Confluence's cluster locks in the preview host. Threads of one host take turns on a named lock; on
 * PostgreSQL the lock is also a session-level advisory lock held on its own connection, so two host
 * processes on one database exclude each other as two Confluence nodes do. On H2 (one process) the
 * in-process lock is the whole lock.
 */
public final class HostClusterLocks implements ClusterLockService {
    private static final long POLL_MILLIS = 20;

    private final HostPageStore.ConnectionSource connections;
    private final boolean acrossProcesses;
    private final ConcurrentMap<String, ReentrantLock> local = new ConcurrentHashMap<>();
    /** The advisory lock's connection while this process holds a named lock. */
    private final ConcurrentMap<String, Connection> held = new ConcurrentHashMap<>();

    public HostClusterLocks(HostPageStore.ConnectionSource connections, DatabaseConfig.Kind kind) {
        this.connections = connections;
        this.acrossProcesses = kind == DatabaseConfig.Kind.POSTGRESQL;
    }

    @Override
    public ClusterLock getLockForName(String lockName) {
        if (lockName == null || lockName.isEmpty()) throw new IllegalArgumentException("a cluster lock needs a name");
        return new NamedLock(lockName, local.computeIfAbsent(lockName, n -> new ReentrantLock()));
    }

    private final class NamedLock implements ClusterLock {
        private final String name;
        private final ReentrantLock lock;

        NamedLock(String name, ReentrantLock lock) {
            this.name = name;
            this.lock = lock;
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(time);
            if (!lock.tryLock(time, unit)) return false;
            if (!acrossProcesses || lock.getHoldCount() > 1) return true;
            try {
                Connection connection = connections.open();
                while (true) {
                    if (tryAdvisory(connection)) {
                        held.put(name, connection);
                        return true;
                    }
                    if (System.nanoTime() > deadline) break;
                    Thread.sleep(POLL_MILLIS);
                }
                connection.close();
            } catch (SQLException e) {
                lock.unlock();
                throw new IllegalStateException("cluster lock " + name + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                lock.unlock();
                throw e;
            }
            lock.unlock();
            return false;
        }

        private boolean tryAdvisory(Connection connection) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                ps.setLong(1, key(name));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        }

        @Override
        public void unlock() {
            if (!lock.isHeldByCurrentThread()) throw new IllegalMonitorStateException("cluster lock " + name + " is not held by this thread");
            try {
                if (acrossProcesses && lock.getHoldCount() == 1) {
                    Connection connection = held.remove(name);
                    if (connection != null) {
                        try (connection; PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                            ps.setLong(1, key(name));
                            ps.executeQuery().close();
                        } catch (SQLException e) {
                            // Closing the session releases the advisory lock as well.
                        }
                    }
                }
            } finally {
                lock.unlock();
            }
        }

        @Override public boolean tryLock() {
            try {
                return tryLock(0, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override public void lock() {
            try {
                lockInterruptibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for cluster lock " + name, e);
            }
        }

        @Override public void lockInterruptibly() throws InterruptedException {
            while (!tryLock(1, TimeUnit.SECONDS)) {
                if (Thread.interrupted()) throw new InterruptedException();
            }
        }

        @Override public boolean isHeldByCurrentThread() { return lock.isHeldByCurrentThread(); }

        @Override public Condition newCondition() { throw new UnsupportedOperationException("cluster locks have no conditions"); }
    }

    /** A 64-bit advisory-lock key from the lock's name. */
    static long key(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash, 0, 8).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
