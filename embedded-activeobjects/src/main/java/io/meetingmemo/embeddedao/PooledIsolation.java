package io.meetingmemo.embeddedao;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * Leaves out a change of isolation level to the level a borrowed connection already has. Active Objects sets the
 * level at the start of every transaction it begins, and the PostgreSQL driver sends a {@code SET SESSION
 * CHARACTERISTICS} round trip for each call, even when nothing changes: one more round trip per transaction than
 * Confluence, whose Active Objects transactions join the host's and set no level. The pool hands out every
 * connection at {@code pooledLevel} and resets it to that level when a borrower changed it, so a borrower that asks
 * for the level it has loses nothing by skipping the call; any other level is set as asked and remembered.
 */
final class PooledIsolation {
    private PooledIsolation() {}

    /** {@code borrowed} is at {@code pooledLevel} when handed out (the pool guarantees it). */
    static Connection wrap(Connection borrowed, int pooledLevel) {
        return (Connection) Proxy.newProxyInstance(PooledIsolation.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Handler(borrowed, pooledLevel));
    }

    private static final class Handler implements InvocationHandler {
        private final Connection target;
        private int level;

        Handler(Connection target, int pooledLevel) {
            this.target = target;
            this.level = pooledLevel;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "setTransactionIsolation" -> {
                    int asked = (Integer) args[0];
                    if (asked == level) return null;
                    target.setTransactionIsolation(asked);
                    level = asked;
                    return null;
                }
                case "getTransactionIsolation" -> { return level; }
                default -> {
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            }
        }
    }
}
