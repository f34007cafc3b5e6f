package io.meetingmemo.bench.host;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The host's template renderer, remembering the last template and model it was given, so a benchmark can
 * render exactly what a macro rendered, without the macro's own work, as its baseline.
 */
public final class RecordingTemplateRenderer implements TemplateRenderer {
    private final TemplateRenderer target;
    private volatile String lastTemplate;
    private volatile Map<String, Object> lastModel;

    public RecordingTemplateRenderer(TemplateRenderer target) { this.target = target; }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException {
        lastTemplate = templateName;
        lastModel = context;
        target.render(templateName, context, writer);
    }

    public String lastTemplate() { return lastTemplate; }

    public Map<String, Object> lastModel() { return lastModel; }

    public TemplateRenderer target() { return target; }
}
