package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;
import java.util.Set;

/**
 * Stand-in for SAL's locale lookup; {@code getLocale(UserKey)} is the language a person chose in Confluence (the
 * application's language when they chose none). The request-typed overload is left out: it is javax on 9.x and
 * jakarta on 10.x.
 * <p>Signature source: sal-api 5.1.4 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit
 * e0c88ec5); platform-next-features.md §2.2 and §7.4.
 */
public interface LocaleResolver {
    Locale getLocale();

    Locale getLocale(UserKey userKey);

    Locale getApplicationLocale();

    Set<Locale> getSupportedLocales();
}
