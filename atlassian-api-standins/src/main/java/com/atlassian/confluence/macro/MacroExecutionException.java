package com.atlassian.confluence.macro;

/**
 * Stand-in: checked exception a macro throws when it cannot render.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc.
 */
public class MacroExecutionException extends Exception {
    public MacroExecutionException() { super(); }
    public MacroExecutionException(String message) { super(message); }
    public MacroExecutionException(String message, Throwable cause) { super(message, cause); }
    public MacroExecutionException(Throwable cause) { super(cause); }
}
