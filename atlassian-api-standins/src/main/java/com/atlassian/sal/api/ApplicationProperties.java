package com.atlassian.sal.api;

/**
 * Stand-in for SAL's application properties: the base URL under which Confluence is served.
 * <p>Signature source: SAL API 5.1.4 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); the same members exist in SAL 6/7 (Confluence 9.x/10.x, sal-api 7.0.0-jakarta) ({@code String getBaseUrl(UrlMode)}, present since SAL 2.x; ConfluenceApplicationProperties javadoc).
 */
public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
