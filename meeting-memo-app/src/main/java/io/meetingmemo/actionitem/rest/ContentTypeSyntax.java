package io.meetingmemo.actionitem.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;

/**
 * A Content-Type header that is there but empty, or that is not a media type ({@code /},
 * {@code application/}, {@code application/json; charset}), answers 400 with a JSON reason. Without this,
 * JAX-RS fails while choosing the resource method, before any exception mapper of the app, and the caller
 * gets an empty 400. Checked before matching, for every method; a request without the header is left to
 * {@link JsonOnlyWrites}.
 */
@Provider
@PreMatching
public final class ContentTypeSyntax implements ContainerRequestFilter {
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String QUOTED = "\"(?:[^\"\\\\]|\\\\.)*\"";
    /** RFC 9110 §8.3.1: type "/" subtype *( OWS ";" OWS [ parameter ] ), parameter = token "=" ( token / quoted-string ). */
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[ \\t]*" + TOKEN + "/" + TOKEN + "(?:[ \\t]*;[ \\t]*(?:" + TOKEN + "=(?:" + TOKEN + "|" + QUOTED + "))?)*[ \\t]*");

    @Override
    public void filter(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null) return;
        String problem = type.isBlank() ? "the Content-Type header is empty; send Content-Type: application/json"
                : !MEDIA_TYPE.matcher(type).matches() ? "the Content-Type header \"" + printable(type) + "\" is not a media type; send application/json"
                : null;
        if (problem != null) request.abortWith(ApiErrors.response(400, new ActionItemJson.Error(400, problem, null)));
    }

    /** At most 100 characters, control characters as {@code ?}: the header is echoed as text in JSON only. */
    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && out.length() < 100; i++) {
            char c = s.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return out.toString();
    }
}
