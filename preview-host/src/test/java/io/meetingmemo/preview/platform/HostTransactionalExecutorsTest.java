package io.meetingmemo.preview.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.EmbeddedActiveObjects;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * SAL's RDBMS executors as the host lends them: in the thread's Active Objects transaction (the callback sees what it
 * wrote, and its own writes end with it), or in a transaction of their own; never with auto-commit on, and never with a
 * connection the callback could commit, roll back or close.
 */
class HostTransactionalExecutorsTest {
    private static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM NOTE")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Void insert(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO NOTE (TEXT) VALUES ('muistio')");
        }
        return null;
    }

    private static <T> T sql(SqlWork<T> work, Connection c) {
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface SqlWork<T> { T run(Connection c) throws SQLException; }

    @Test
    void theCallbackWorksInTheActiveObjectsTransactionOrInItsOwn() {
        try (EmbeddedActiveObjects ao = new EmbeddedActiveObjects(DatabaseConfig.h2Memory("x" + UUID.randomUUID().toString().replace("-", "")),
                "io.meetingmemo.test")) {
            TransactionalExecutorFactory executors = new HostTransactionalExecutors(ao);
            executors.createExecutor(false, true).execute(c -> sql(x -> {
                try (Statement s = x.createStatement()) { s.execute("CREATE TABLE NOTE (ID INT AUTO_INCREMENT PRIMARY KEY, TEXT VARCHAR(20))"); }
                return null;
            }, c));

            assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
                executors.create().execute(c -> sql(HostTransactionalExecutorsTest::insert, c));
                assertEquals((Integer) 1, executors.createReadOnly().<Integer>execute(c -> sql(HostTransactionalExecutorsTest::count, c)),
                        "a later executor joins the transaction and sees its write");
                assertEquals((Integer) 0, executors.createExecutor(true, true).<Integer>execute(c -> sql(HostTransactionalExecutorsTest::count, c)),
                        "a new transaction does not see what the outer one has not committed");
                throw new IllegalStateException("the outer transaction fails");
            }));
            assertEquals((Integer) 0, executors.createReadOnly().<Integer>execute(c -> sql(HostTransactionalExecutorsTest::count, c)),
                    "the write was rolled back with the transaction it joined");

            executors.create().execute(c -> sql(HostTransactionalExecutorsTest::insert, c));
            assertEquals((Integer) 1, executors.createExecutor(true, true).<Integer>execute(c -> sql(HostTransactionalExecutorsTest::count, c)),
                    "an executor's own transaction commits when the callback returns");
        }
    }

    @Test
    void theLentConnectionBelongsToTheHost() {
        try (EmbeddedActiveObjects ao = new EmbeddedActiveObjects(DatabaseConfig.h2Memory("y" + UUID.randomUUID().toString().replace("-", "")),
                "io.meetingmemo.test")) {
            TransactionalExecutorFactory executors = new HostTransactionalExecutors(ao);
            for (boolean newTransaction : new boolean[] {false, true}) {
                executors.createExecutor(true, newTransaction).execute(c -> {
                    assertFalse(sql(Connection::getAutoCommit, c));
                    assertThrows(UnsupportedOperationException.class, () -> c.commit());
                    assertThrows(UnsupportedOperationException.class, () -> c.rollback());
                    assertThrows(UnsupportedOperationException.class, () -> c.close());
                    assertThrows(UnsupportedOperationException.class, () -> c.setAutoCommit(true));
                    return null;
                });
            }
        }
    }
}
