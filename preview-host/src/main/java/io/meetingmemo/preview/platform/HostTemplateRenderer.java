package io.meetingmemo.preview.platform;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.meetingmemo.preview.render.Html;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Velocity rendering with Confluence's anti-XSS rule: every reference is HTML-escaped unless its name
 * ends in {@code Html} (Confluence's convention for values that are already safe HTML). Templates load
 * from one class loader only (the app's jar, or the host's own), like the plugin-scoped renderer.
 *
 * <p>The app's templates also run under Confluence's other rules: the method allowlist of Confluence 9+
 * ({@link VelocityMethodAllowlist}) and Velocity 1.6's {@code #if}, where only null and false are false
 * (Velocity 2 would also treat an empty string or list as false, which Confluence's Velocity does not).
 * The host's own pages are not Confluence's and use plain Velocity.
 */
public final class HostTemplateRenderer implements TemplateRenderer {
    private final VelocityEngine engine;
    private final ClassLoader templates;

    /** The renderer the app gets: Confluence's escaping, method allowlist and {@code #if}. */
    public HostTemplateRenderer(ClassLoader templates) {
        this(templates, true);
    }

    /** For the host's own pages: Confluence's escaping only. */
    public static HostTemplateRenderer forHostPages(ClassLoader templates) {
        return new HostTemplateRenderer(templates, false);
    }

    private HostTemplateRenderer(ClassLoader templates, boolean asConfluence) {
        this.templates = templates;
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        p.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty("runtime.strict_mode.enable", "false");
        p.setProperty("resource.loader.class.cache", "true");
        if (asConfluence) {
            p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, VelocityMethodAllowlist.class.getName());
            p.setProperty("directive.if.empty_check", "false");
        }
        engine = new VelocityEngine(p);
        engine.init();
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(templates);
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            VelocityContext ctx = new VelocityContext(new java.util.HashMap<>(context));
            EventCartridge cartridge = new EventCartridge();
            cartridge.addEventHandler(new ConfluenceHtmlEscaping());
            ctx.attachEventCartridge(cartridge);
            template.merge(ctx, writer);
        } catch (RuntimeException e) {
            throw new RenderingException("cannot render " + templateName + ": " + e.getMessage(), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** Escapes every inserted value unless the reference's last name part ends in "html". */
    static final class ConfluenceHtmlEscaping implements ReferenceInsertionEventHandler {
        private static final Pattern REFERENCE_MARKS = Pattern.compile("[${}!]");
        private static final Pattern CALL_ARGUMENTS = Pattern.compile("\\(.*\\)$");

        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            if (value == null) return null;
            return isHtmlSafe(reference) ? value : escape(value.toString());
        }

        static boolean isHtmlSafe(String reference) {
            String name = REFERENCE_MARKS.matcher(reference).replaceAll("");
            int dot = name.lastIndexOf('.');
            String last = CALL_ARGUMENTS.matcher(dot < 0 ? name : name.substring(dot + 1)).replaceAll("");
            return last.toLowerCase(Locale.ROOT).endsWith("html");
        }

        /** Attribute-safe, since templates insert values both as text and inside attributes. */
        static String escape(String s) { return Html.escapeAttribute(s); }
    }
}
