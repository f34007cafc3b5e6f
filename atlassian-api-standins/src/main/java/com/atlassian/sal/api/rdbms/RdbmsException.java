package com.atlassian.sal.api.rdbms;

/**
 * Stand-in for SAL's unchecked failure of a database call made through a {@link TransactionalExecutor}.
 * <p>Signature source: SAL API 5.1.4 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5, com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/rdbms/)RdbmsException.java.
 */
public class RdbmsException extends RuntimeException {
    public RdbmsException(String message) {
        super(message);
    }

    public RdbmsException(String message, Throwable cause) {
        super(message, cause);
    }

    public RdbmsException(Throwable cause) {
        super(cause);
    }
}
