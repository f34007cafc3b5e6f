package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Stand-in for the plugin-scoped Velocity renderer: template names resolve inside the plugin jar.
 * <p>Signature source: atlassian-template-renderer-api 5.0.4 in Confluence 8.7.2 (GitHub
 * ngannk-fptu/Decompiled-Files, commit e0c88ec5).
 */
public interface TemplateRenderer {
    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;
}
