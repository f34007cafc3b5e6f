package com.atlassian.confluence.user;

/**
 * Stand-in for the holder of the user on whose behalf the current thread works (null = anonymous).
 * The real class is also a static holder around a ThreadLocal; the host sets it per request.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc ({@code static ConfluenceUser get()}, {@code static boolean isAnonymousUser()},
 * {@code static void set(ConfluenceUser)}, {@code static void reset()}).
 */
public final class AuthenticatedUserThreadLocal {
    private static final ThreadLocal<ConfluenceUser> CURRENT = new ThreadLocal<>();

    private AuthenticatedUserThreadLocal() {}

    public static ConfluenceUser get() { return CURRENT.get(); }

    public static boolean isAnonymousUser() { return CURRENT.get() == null; }

    public static void set(ConfluenceUser user) { CURRENT.set(user); }

    public static void reset() { CURRENT.remove(); }
}
