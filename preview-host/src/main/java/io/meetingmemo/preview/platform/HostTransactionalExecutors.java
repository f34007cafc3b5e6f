package io.meetingmemo.preview.platform;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.atlassian.fugue.Option;
import io.meetingmemo.embeddedao.EmbeddedActiveObjects;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

/**
 * SAL's RDBMS executors as Confluence provides them (SAL's {@code DefaultTransactionalExecutor} over Spring's
 * transaction template): a callback gets a connection to the database the app's Active Objects tables are in, in the
 * transaction Active Objects works in (joined when the thread has one, else started), or in a new one when asked.
 * As in Confluence, the connection has auto-commit off and is wrapped: the callback may not commit, roll back, close it
 * or change its transaction settings; the transaction ends with the executor or the transaction it joined. The
 * read-only flag is a hint, as SAL's javadoc says; this host does not act on it. The tables are in the connection's
 * default schema, so there is no schema name to give.
 */
public final class HostTransactionalExecutors implements TransactionalExecutorFactory {
    private final EmbeddedActiveObjects activeObjects;

    public HostTransactionalExecutors(EmbeddedActiveObjects activeObjects) {
        this.activeObjects = activeObjects;
    }

    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        return new Executor(readOnly, requiresNew);
    }

    private final class Executor implements TransactionalExecutor {
        private boolean readOnly;
        private boolean newTransaction;

        Executor(boolean readOnly, boolean newTransaction) {
            this.readOnly = readOnly;
            this.newTransaction = newTransaction;
        }

        @Override
        public <A> A execute(ConnectionCallback<A> callback) {
            return activeObjects.withConnection(newTransaction, connection -> {
                if (connection.getAutoCommit()) throw new IllegalStateException("the host lent a connection with auto-commit on");
                return callback.execute(lent(connection));
            });
        }

        @Override public Option<String> getSchemaName() { return Option.none(); }
        @Override public TransactionalExecutor readOnly() { readOnly = true; return this; }
        @Override public TransactionalExecutor readWrite() { readOnly = false; return this; }
        @Override public TransactionalExecutor newTransaction() { newTransaction = true; return this; }
        @Override public TransactionalExecutor existingTransaction() { newTransaction = false; return this; }
    }

    /** What the callback may not do to a connection whose transaction is the host's. */
    private static final Set<String> HOST_ONLY = Set.of("commit", "rollback", "close", "abort", "setAutoCommit", "setReadOnly",
            "setTransactionIsolation", "setCatalog", "setSchema", "releaseSavepoint", "setSavepoint");

    private static Connection lent(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (HOST_ONLY.contains(method.getName())) {
                throw new UnsupportedOperationException("the host owns this connection's transaction: " + method.getName());
            }
            return call(connection, method, args);
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Object call(Connection connection, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause(); // SQLException as the connection threw it
        }
    }
}
