package io.meetingmemo.preview.web;

import io.meetingmemo.preview.descriptor.PluginDescriptor;
import io.meetingmemo.preview.platform.HostI18n;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the app's download resources at Confluence's URL,
 * {@code /download/resources/<pluginKey>:<webResourceKey>/<name>} (and plugin-level resources at
 * {@code /download/resources/<pluginKey>/<name>}). Only names the descriptor lists are served; a
 * directory resource serves files below its location and nothing above it. A web-resource's
 * {@code <transformation extension="js"><transformer key="jsI18n"/></transformation>} is run as AUI's
 * {@code com.atlassian.aui.javascript.JsI18nTransformer} runs it: each {@code AJS.I18n.getText("key")} becomes the
 * reader's translation as a string literal, and {@code AJS.I18n.getText("key", …)} becomes
 * {@code AJS.format("pattern", …)}.
 */
@Path("/download/resources")
public final class DownloadResource {
    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=utf-8", "js", "text/javascript;charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "json", "application/json", "yaml", "text/yaml;charset=utf-8");

    /** AUI's pattern: a quoted key of letters, digits, dots, hyphens and underscores, then ")" or ",". */
    static final Pattern JS_I18N_CALL = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([\\w.-]+)\\1\\s*([),])");

    private final PluginDescriptor descriptor;
    private final ClassLoader appClassLoader;
    private final HostI18n i18n;

    public DownloadResource(PluginDescriptor descriptor, ClassLoader appClassLoader, HostI18n i18n) {
        this.descriptor = descriptor;
        this.appClassLoader = appClassLoader;
        this.i18n = i18n;
    }

    @GET
    @Path("{module}/{name: .+}")
    public Response download(@PathParam("module") String module, @PathParam("name") String name) {
        if (name.contains("..") || name.contains("\\") || name.startsWith("/")) return Response.status(404).build();
        Optional<String> location = locate(module, name);
        if (location.isEmpty()) return Response.status(404).build();
        List<String> transformers = transformers(module, name);
        byte[] bytes;
        try (InputStream in = appClassLoader.getResourceAsStream(location.get())) {
            if (in == null) return Response.status(404).build();
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (transformers.contains("jsI18n")) {
            // Translated for the reader, so not cached across users (Confluence keys its batches by locale instead).
            return Response.ok(translated(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8))
                    .type(TYPES.getOrDefault(extension, "application/octet-stream"))
                    .header("Cache-Control", "private, no-cache").header("X-Content-Type-Options", "nosniff").build();
        }
        return Response.ok(bytes).type(TYPES.getOrDefault(extension, "application/octet-stream"))
                .header("Cache-Control", "max-age=3600").header("X-Content-Type-Options", "nosniff").build();
    }

    /** The script with each {@code AJS.I18n.getText} call replaced as AUI's jsI18n transformer replaces it. */
    String translated(String script) {
        Matcher m = JS_I18N_CALL.matcher(script);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(2);
            String replacement = m.group(3).equals(",")
                    // The raw pattern; AJS.format fills in the arguments in the browser.
                    ? "AJS.format(" + jsString(i18n.getText(key)) + ","
                    // As SAL's getText(key) does: the pattern formatted without arguments ('' becomes ').
                    : jsString(i18n.getText(key, new Serializable[0]));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A JavaScript string literal that is also safe inside HTML (no quote, backslash, angle bracket or line break raw). */
    static String jsString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private List<String> transformers(String module, String name) {
        for (PluginDescriptor.WebResource wr : descriptor.webResources()) {
            if (wr.completeKey(descriptor.key()).equals(module)) return wr.transformersFor(name);
        }
        return List.of();
    }

    private Optional<String> locate(String module, String name) {
        if (module.equals(descriptor.key())) return match(descriptor.pluginResources(), name);
        for (PluginDescriptor.WebResource wr : descriptor.webResources()) {
            if (wr.completeKey(descriptor.key()).equals(module)) return match(wr.resources(), name);
        }
        return Optional.empty();
    }

    private static Optional<String> match(Iterable<PluginDescriptor.Resource> resources, String name) {
        for (PluginDescriptor.Resource r : resources) {
            if (!r.type().equals("download")) continue;
            if (r.name().equals(name)) return Optional.of(r.location());
            if (r.name().endsWith("/") && name.startsWith(r.name())) return Optional.of(r.location() + name.substring(r.name().length()));
        }
        return Optional.empty();
    }
}
