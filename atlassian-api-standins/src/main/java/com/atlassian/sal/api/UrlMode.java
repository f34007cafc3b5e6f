package com.atlassian.sal.api;

/**
 * Stand-in for SAL's base-URL modes, in SAL's declaration order.
 * <p>Signature source: SAL API 5.1.4 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); the same members exist in SAL 6/7 (Confluence 9.x/10.x, sal-api 7.0.0-jakarta); javadoc of ApplicationProperties.getBaseUrl(UrlMode), SAL 2.x onwards, docs.atlassian.com.
 */
public enum UrlMode { CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO }
