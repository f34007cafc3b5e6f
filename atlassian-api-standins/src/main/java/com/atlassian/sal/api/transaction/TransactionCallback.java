package com.atlassian.sal.api.transaction;

/**
 * Stand-in for SAL's unit of transactional work.
 * <p>Signature source: SAL API 5.1.4 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); the same members exist in SAL 6/7 (Confluence 9.x/10.x, sal-api 7.0.0-jakarta).
 */
public interface TransactionCallback<T> {
    T doInTransaction();
}
