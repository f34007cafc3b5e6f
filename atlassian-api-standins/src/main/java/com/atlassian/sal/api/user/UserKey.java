package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/**
 * Stand-in for SAL's stable user identifier (survives renames, unlike the username).
 * <p>Signature source: SAL API 5.1.4 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); the same members exist in SAL 6/7 (Confluence 9.x/10.x, sal-api 7.0.0-jakarta).
 */
public final class UserKey implements Serializable {
    private final String userkey;

    public UserKey(String userkey) {
        if (userkey == null) throw new IllegalArgumentException("userkey must not be null");
        this.userkey = userkey;
    }

    public String getStringValue() { return userkey; }

    @Override public boolean equals(Object o) { return o instanceof UserKey k && k.userkey.equals(userkey); }

    @Override public int hashCode() { return Objects.hash(userkey); }

    @Override public String toString() { return userkey; }
}
