package io.meetingmemo.embeddedao;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Counts the SQL statements a thread sends to the database, so tests can hold sync and list requests to
 * a statement budget that does not grow with the number of items. Every execute call on a statement
 * counts once; a JDBC batch counts once per executeBatch.
 */
public final class StatementCounter {
    private static final ThreadLocal<AtomicLong> ACTIVE = new ThreadLocal<>();
    private static final AtomicLong TOTAL = new AtomicLong();

    private StatementCounter() {}

    /** Runs the work and returns how many statements this thread executed meanwhile. */
    public static long count(Runnable work) {
        return measure(() -> { work.run(); return null; }).statements();
    }

    public static <T> Measured<T> measure(Supplier<T> work) {
        AtomicLong previous = ACTIVE.get();
        AtomicLong counter = new AtomicLong();
        ACTIVE.set(counter);
        try {
            T result = work.get();
            return new Measured<>(result, counter.get());
        } finally {
            if (previous == null) ACTIVE.remove(); else { previous.addAndGet(counter.get()); ACTIVE.set(previous); }
        }
    }

    /** Statements executed by all threads since start. */
    public static long total() { return TOTAL.get(); }

    public record Measured<T>(T result, long statements) {}

    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ConnectionHandler(connection));
    }

    private static void increment() {
        TOTAL.incrementAndGet();
        AtomicLong counter = ACTIVE.get();
        if (counter != null) counter.incrementAndGet();
    }

    private record ConnectionHandler(Connection target) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
            Object result = invokeTarget(target, method, args);
            if (result instanceof Statement statement && method.getName().matches("createStatement|prepareStatement|prepareCall")) {
                Class<?> type = method.getReturnType();
                return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
                        new StatementHandler(statement));
            }
            return result;
        }
    }

    private record StatementHandler(Statement target) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
            if (method.getName().startsWith("execute")) increment();
            return invokeTarget(target, method, args);
        }
    }

    private static Object invokeTarget(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
