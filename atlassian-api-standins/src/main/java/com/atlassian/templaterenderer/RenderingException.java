package com.atlassian.templaterenderer;

/**
 * Stand-in: unchecked failure of a template render.
 * <p>Signature source: atlassian-template-renderer-api 5.0.4 in Confluence 8.7.2 (GitHub
 * ngannk-fptu/Decompiled-Files, commit e0c88ec5).
 */
public class RenderingException extends RuntimeException {
    public RenderingException(String message) { super(message); }
    public RenderingException(String message, Throwable cause) { super(message, cause); }
    public RenderingException(Throwable cause) { super(cause); }
}
