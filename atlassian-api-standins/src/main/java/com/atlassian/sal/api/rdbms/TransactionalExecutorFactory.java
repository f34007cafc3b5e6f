package com.atlassian.sal.api.rdbms;

/**
 * Stand-in for SAL's factory of executors that lend a plugin the host application's JDBC connection, in the host's
 * transaction: the supported way for an app to send its own SQL to its Active Objects tables (Confluence's bundled
 * Team Calendars and Confluence Analytics apps do so next to Active Objects). Confluence registers it as a host
 * service for plugins ({@code com.atlassian.sal.core.rdbms.DefaultTransactionalExecutorFactory} over
 * {@code com.atlassian.sal.spring.connection.SpringHostConnectionAccessor}, a Spring {@code TransactionTemplate}
 * on the host's transaction manager).
 * <p>Signature source: SAL API 5.1.4 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5, com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/rdbms/)TransactionalExecutorFactory.java; also listed as the interface of
 * {@code com.atlassian.bamboo.spring.BambooTransactionalExecutorFactory} in Bamboo 10.2 (docs.atlassian.com,
 * methods {@code create}, {@code createReadOnly} inherited). The 10.x (SAL 7) form is inferred from those.
 */
public interface TransactionalExecutorFactory {
    /** Read-write, in the existing transaction if there is one. */
    default TransactionalExecutor create() {
        return createExecutor(false, false);
    }

    /** Read-only, in the existing transaction if there is one. */
    default TransactionalExecutor createReadOnly() {
        return createExecutor(true, false);
    }

    default TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        throw new UnsupportedOperationException("not implemented by default");
    }

    @Deprecated
    default TransactionalExecutor createExecutor() {
        return createExecutor(true, false);
    }
}
