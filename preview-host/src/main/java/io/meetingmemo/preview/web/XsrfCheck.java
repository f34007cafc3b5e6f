package io.meetingmemo.preview.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Confluence's REST XSRF rule ({@code XsrfResourceFilter} of atlassian-rest): a state-changing request is
 * "XSRF-able" when its body type is one a browser form or a "simple" request can send (urlencoded, multipart,
 * {@code text/plain}) <em>or when it has no Content-Type at all</em> (a body-less {@code fetch} in no-cors
 * mode); such a request is refused unless it carries {@code X-Atlassian-Token: no-check} (or the deprecated
 * {@code nocheck}), which neither a form nor a simple request can add.
 *
 * <p>Confluence enforces the rule for POST and only logs a failure for PUT, PATCH and DELETE (which a browser
 * cannot send to another origin without a CORS preflight). The host follows that for requests without a
 * Content-Type (so a script that DELETEs a page works as against Confluence) and is stricter for the form
 * types, which it refuses for every state-changing method. Confluence's further origin checks for requests
 * from a browser's user agent are not imitated.
 */
@Priority(Priorities.AUTHENTICATION + 10)
public final class XsrfCheck implements ContainerRequestFilter {
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (SAFE_METHODS.contains(method) || noCheck(request.getHeaderString("X-Atlassian-Token"))) return;
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        boolean untyped = type == null || type.isBlank();
        boolean formType = !untyped && FORM_TYPES.contains(baseType(type));
        if (formType || (untyped && method.equals("POST"))) {
            request.abortWith(Response.status(403).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("status", 403, "message", "XSRF check failed: send JSON (Content-Type: application/json) or X-Atlassian-Token: no-check")).build());
        }
    }

    private static boolean noCheck(String header) {
        return header != null && Set.of("no-check", "nocheck").contains(header.trim().toLowerCase(Locale.ROOT));
    }

    /** "type/subtype" in lower case, without parameters; read leniently, as a malformed value is not a form type. */
    private static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
