package io.meetingmemo.preview.web;

import io.meetingmemo.preview.descriptor.PluginDescriptor;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the app's download resources at Confluence's URL,
 * {@code /download/resources/<pluginKey>:<webResourceKey>/<name>} (and plugin-level resources at
 * {@code /download/resources/<pluginKey>/<name>}). Only names the descriptor lists are served; a
 * directory resource serves files below its location and nothing above it.
 */
@Path("/download/resources")
public final class DownloadResource {
    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=utf-8", "js", "text/javascript;charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "json", "application/json", "yaml", "text/yaml;charset=utf-8");

    private final PluginDescriptor descriptor;
    private final ClassLoader appClassLoader;

    public DownloadResource(PluginDescriptor descriptor, ClassLoader appClassLoader) {
        this.descriptor = descriptor;
        this.appClassLoader = appClassLoader;
    }

    @GET
    @Path("{module}/{name: .+}")
    public Response download(@PathParam("module") String module, @PathParam("name") String name) {
        if (name.contains("..") || name.contains("\\") || name.startsWith("/")) return Response.status(404).build();
        Optional<String> location = locate(module, name);
        if (location.isEmpty()) return Response.status(404).build();
        byte[] bytes;
        try (InputStream in = appClassLoader.getResourceAsStream(location.get())) {
            if (in == null) return Response.status(404).build();
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return Response.ok(bytes).type(TYPES.getOrDefault(extension, "application/octet-stream"))
                .header("Cache-Control", "max-age=3600").header("X-Content-Type-Options", "nosniff").build();
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
