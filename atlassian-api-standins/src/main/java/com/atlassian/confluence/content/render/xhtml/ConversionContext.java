package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * Stand-in for the render context handed to macros. Only the members Meeting Memo calls are declared.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc (interface ConversionContext). Output-type values seen in Confluence: "display", "preview",
 * "pdf", "word", "email", "feed" (only "preview" is confirmed by the ONLYOFFICE Confluence 10 app).
 */
public interface ConversionContext {
    void setProperty(String name, Object value);

    Object getProperty(String name);

    /** The page or blog post being rendered; null when rendering detached content. */
    ContentEntityObject getEntity();

    String getSpaceKey();

    String getOutputType();

    String getOutputDeviceType();
}
