package io.atlassian.fugue;

import java.util.NoSuchElementException;

/**
 * Stand-in, reduced to a few members, for Atlassian Fugue's optional value, which Confluence exports to plugins
 * because SAL's {@code TransactionalExecutor.getSchemaName()} returns it. The app never calls it (it names its
 * tables without a schema, see {@code io.meetingmemo.platform.HostDatabase}); the preview host implements that method.
 * The real class also implements {@code Iterable}, {@code Maybe} and {@code Serializable} and has many more members.
 * <p>Signature source: io.atlassian.fugue.Option as imported by SAL 5.1.4's TransactionalExecutor (GitHub
 * ngannk-fptu/Decompiled-Files, commit e0c88ec5); members {@code none()}, {@code some(A)}, {@code isDefined()},
 * {@code get()} of Fugue 4.x.
 */
public abstract class Option<A> {
    private static final Option<Object> NONE = new Option<>() {
        @Override public boolean isDefined() { return false; }
        @Override public Object get() { throw new NoSuchElementException("none"); }
    };

    Option() {}

    @SuppressWarnings("unchecked")
    public static <A> Option<A> none() { return (Option<A>) NONE; }

    public static <A> Option<A> some(A value) {
        if (value == null) throw new NullPointerException("value");
        return new Option<>() {
            @Override public boolean isDefined() { return true; }
            @Override public A get() { return value; }
        };
    }

    public abstract boolean isDefined();

    public abstract A get();
}
