package com.atlassian.sal.api.rdbms;

import io.atlassian.fugue.Option;

/**
 * Stand-in for SAL's executor of a {@link ConnectionCallback} in a transaction of the host application. The host
 * lends a connection with auto-commit off, wrapped so that the callback cannot commit, roll back or close it; the
 * transaction ends with the executor (or with the host's outer transaction it joined). Read-only and new
 * transaction are hints to the host.
 * <p>Signature source: SAL API 5.1.4 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5, com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/rdbms/)TransactionalExecutor.java (methods {@code execute}, {@code getSchemaName} returning
 * {@code io.atlassian.fugue.Option}, {@code readOnly}, {@code readWrite}, {@code newTransaction},
 * {@code existingTransaction}); the javadoc example of sal-parent 3.0.0 (docs.atlassian.com) shows the use.
 */
public interface TransactionalExecutor {
    <A> A execute(ConnectionCallback<A> callback);

    /** The schema the host's tables are in, when it is not the connection's default. */
    Option<String> getSchemaName();

    TransactionalExecutor readOnly();

    TransactionalExecutor readWrite();

    TransactionalExecutor newTransaction();

    TransactionalExecutor existingTransaction();
}
