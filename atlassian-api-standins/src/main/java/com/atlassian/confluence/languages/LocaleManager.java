package com.atlassian.confluence.languages;

import com.atlassian.user.User;
import java.util.Locale;

/**
 * Stand-in for Confluence's locale service: the locale a user reads in (their setting, else the site's).
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc ({@code Locale getLocale(User)}; the user may be null for anonymous).
 */
public interface LocaleManager {
    Locale getLocale(User user);
}
