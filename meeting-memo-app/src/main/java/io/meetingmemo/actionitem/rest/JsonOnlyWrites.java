package io.meetingmemo.actionitem.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;

/**
 * Every call of this API that changes something (any method but GET, HEAD and OPTIONS) must say
 * {@code Content-Type: application/json}, also when it sends no body, or carry {@code X-Atlassian-Token:
 * no-check}. Otherwise it answers 415 with a JSON reason before the resource runs.
 *
 * <p>Why: a web page can make a logged-in browser send a POST without a body and without a Content-Type
 * ({@code fetch(url, {method: 'POST', mode: 'no-cors', credentials: 'include'})}): no preflight, the session
 * cookie attached. {@code @Consumes(APPLICATION_JSON)} does not refuse it, because JAX-RS matches a request
 * without a Content-Type to any resource method, and a resource that takes an optional body (the re-sync)
 * would run. Confluence's own XSRF filter refuses such a POST, but only logs it for PUT, PATCH and DELETE, so
 * the app decides for itself: a browser can only add {@code application/json} or the {@code X-Atlassian-Token}
 * header from a script that CORS allows, never from a form or a "simple" request.
 *
 * <p>Registered by the REST module's package scan (classes annotated {@code @Provider} in the module's
 * packages), in Confluence and in the preview host alike; it applies to this module's resources only.
 */
@Provider
public final class JsonOnlyWrites implements ContainerRequestFilter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String TOKEN_HEADER = "X-Atlassian-Token";

    @Override
    public void filter(ContainerRequestContext request) {
        if (READS.contains(request.getMethod().toUpperCase(Locale.ROOT))) return;
        String token = request.getHeaderString(TOKEN_HEADER);
        if (token != null && Set.of("no-check", "nocheck").contains(token.trim().toLowerCase(Locale.ROOT))) return;
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (isJson(type)) return;
        String reason = type == null || type.isBlank()
                ? "send Content-Type: application/json (also when there is no body) or X-Atlassian-Token: no-check"
                : "this call accepts application/json only, not " + type.trim();
        request.abortWith(ApiErrors.response(415, new ActionItemJson.Error(415, reason, null)));
    }

    /** {@code application/json}, in any case, with or without parameters such as a charset. */
    static boolean isJson(String contentType) {
        if (contentType == null) return false;
        int semicolon = contentType.indexOf(';');
        String base = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return base.equalsIgnoreCase(MediaType.APPLICATION_JSON);
    }
}
