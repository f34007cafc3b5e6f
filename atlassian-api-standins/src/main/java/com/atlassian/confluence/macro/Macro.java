package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/**
 * Stand-in for Confluence's macro interface (xhtml-macro module class).
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc.
 */
public interface Macro {
    String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    /** Declaration order as in Confluence. */
    enum OutputType { INLINE, BLOCK }

    /** Declaration order as in Confluence. */
    enum BodyType { PLAIN_TEXT, RICH_TEXT, NONE }
}
