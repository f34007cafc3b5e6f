package io.meetingmemo.it.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meetingmemo.it.TestHost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** Plain HTTP for the hardening tests: any method, body, content type and headers, as any user or none. */
final class Http {
    static final String API = "/rest/meeting-memo/1.0";

    private Http() {}

    /** One answer, with what was asked, for messages. */
    record Answer(String request, int status, String contentType, String body) {
        JsonNode json() {
            try {
                return TestHost.JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(request + " did not answer JSON: " + body, e);
            }
        }

        @Override public String toString() { return request + " → " + status + " " + body.substring(0, Math.min(300, body.length())); }
    }

    /**
     * @param user     username (password = username), or null for an anonymous request
     * @param headers  extra headers, e.g. Origin or Cookie
     */
    static Answer send(URI base, String user, String method, String path, String body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json, text/html;q=0.9, */*;q=0.8");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) request.header("Content-Type", contentType);
        headers.forEach(request::header);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = TestHost.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(method + " " + path, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static Answer send(URI base, String user, String method, String path, String body, String contentType) {
        return send(base, user, method, path, body, contentType, Map.of());
    }

    static Answer get(URI base, String user, String path) { return send(base, user, "GET", path, null, null); }

    static Answer json(URI base, String user, String method, String path, JsonNode body) {
        return send(base, user, method, path, body == null ? null : body.toString(), body == null ? null : "application/json");
    }

    /** A query value, percent-encoded. */
    static String q(String value) { return URLEncoder.encode(value, StandardCharsets.UTF_8); }

    /** A path segment: every byte but the unreserved characters percent-encoded, slashes included. */
    static String segment(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** {@code {"version":{"number":n},"title":…,"body":{"storage":{"value":…}}}}. */
    static ObjectNode pageUpdate(String title, String storage, int number) {
        ObjectNode page = TestHost.JSON.createObjectNode();
        page.put("type", "page").put("title", title);
        page.putObject("version").put("number", number);
        page.putObject("body").putObject("storage").put("value", storage).put("representation", "storage");
        return page;
    }
}
