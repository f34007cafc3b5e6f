package com.atlassian.confluence.security;

import java.io.Serializable;

/**
 * Stand-in for Confluence's permission constants. Meeting Memo uses VIEW and EDIT only; the real class
 * is abstract with {@code checkAgainst(...)} implemented per constant, which callers never invoke.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc (public static final Permission VIEW, EDIT, SET_PERMISSIONS, REMOVE, EXPORT, ADMINISTER).
 */
public abstract class Permission implements Serializable {
    public static final Permission VIEW = new Named("VIEW", false);
    public static final Permission EDIT = new Named("EDIT", true);
    public static final Permission SET_PERMISSIONS = new Named("SET_PERMISSIONS", true);
    public static final Permission REMOVE = new Named("REMOVE", true);
    public static final Permission EXPORT = new Named("EXPORT", false);
    public static final Permission ADMINISTER = new Named("ADMINISTER", true);

    public abstract boolean isMutative();

    private static final class Named extends Permission {
        private final String name;
        private final boolean mutative;

        Named(String name, boolean mutative) { this.name = name; this.mutative = mutative; }

        @Override public boolean isMutative() { return mutative; }

        @Override public String toString() { return name; }
    }
}
