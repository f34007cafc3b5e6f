package io.meetingmemo.embeddedao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Active Objects sets the isolation level at the start of every transaction; a borrowed connection that already
 * has it must not send the driver's round trip again, and any other level must reach the driver.
 */
class PooledIsolationTest {
    private final List<String> driverCalls = new ArrayList<>();

    private Connection driverConnection() {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            driverCalls.add(method.getName() + (args == null ? "" : "(" + args[0] + ")"));
            return method.getReturnType() == boolean.class ? false : null;
        });
    }

    @Test
    void theLevelTheConnectionHasIsNotSetAgainAndOthersAreSetOnce() throws Exception {
        Connection borrowed = PooledIsolation.wrap(driverConnection(), Connection.TRANSACTION_READ_COMMITTED);
        borrowed.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        borrowed.setAutoCommit(false);
        assertEquals(List.of("setAutoCommit(false)"), driverCalls, "the pooled level is not sent again");

        borrowed.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        borrowed.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        assertEquals(Connection.TRANSACTION_SERIALIZABLE, borrowed.getTransactionIsolation());
        borrowed.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        borrowed.close();
        assertEquals(List.of("setAutoCommit(false)", "setTransactionIsolation(" + Connection.TRANSACTION_SERIALIZABLE + ")",
                "setTransactionIsolation(" + Connection.TRANSACTION_READ_COMMITTED + ")", "close"), driverCalls,
                "a change reaches the driver once, and so does the change back");
    }

    @Test
    void everyNameActiveObjectsAcceptsIsALevel() {
        assertEquals(Connection.TRANSACTION_READ_COMMITTED, EmbeddedActiveObjects.isolationLevel("TRANSACTION_READ_COMMITTED"));
        assertEquals(Connection.TRANSACTION_SERIALIZABLE, EmbeddedActiveObjects.isolationLevel("TRANSACTION_SERIALIZABLE"));
        assertEquals(Connection.TRANSACTION_REPEATABLE_READ, EmbeddedActiveObjects.isolationLevel("TRANSACTION_REPEATABLE_READ"));
    }
}
