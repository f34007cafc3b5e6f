package io.meetingmemo.preview.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Confluence's REST XSRF rule: a state-changing request whose body type a browser form can send
 * (urlencoded, multipart, text/plain) is refused unless it carries {@code X-Atlassian-Token: no-check},
 * which a cross-site form cannot add.
 */
@Priority(Priorities.AUTHENTICATION + 10)
public final class XsrfCheck implements ContainerRequestFilter {
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) return;
        MediaType type = request.getMediaType();
        String base = type == null ? "" : (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        if (FORM_TYPES.contains(base) && !"no-check".equals(request.getHeaderString("X-Atlassian-Token"))) {
            request.abortWith(Response.status(403).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("status", 403, "message", "XSRF check failed: send JSON")).build());
        }
    }
}
