package com.atlassian.sal.api.rdbms;

import java.sql.Connection;

/**
 * Stand-in for SAL's unit of work on the host's connection.
 * <p>Signature source: SAL API 5.1.4 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5, com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/rdbms/)ConnectionCallback.java.
 */
public interface ConnectionCallback<A> {
    A execute(Connection connection);
}
