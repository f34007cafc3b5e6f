package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

/**
 * Stand-in for SAL's translation lookup over the plugin's i18n resources.
 * <p>Signature source: SAL API 5.1.4 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); the same members exist in SAL 6/7 (Confluence 9.x/10.x, sal-api 7.0.0-jakarta).
 */
public interface I18nResolver {
    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key);

    String getText(Locale locale, String key, Serializable... arguments);
}
