package io.meetingmemo.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.preview.PreviewHost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A preview host for a test, on a free loopback port, with demo content, and HTTP clients for its users. */
public final class TestHost implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public final PreviewHost host;

    private TestHost(PreviewHost host) { this.host = host; }

    public static TestHost start(DatabaseConfig database) {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestHost(PreviewHost.start(new PreviewHost.Options("127.0.0.1", port, database, true)));
    }

    /** A host on a free loopback port with the options a test chooses (clock, SMTP server or none); see {@link PreviewHost.Options}. */
    public static TestHost start(DatabaseConfig database, java.util.function.UnaryOperator<PreviewHost.Options> options) {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestHost(PreviewHost.start(options.apply(new PreviewHost.Options("127.0.0.1", port, database, true))));
    }

    public static TestHost startOnH2() {
        return start(DatabaseConfig.h2Memory("it" + UUID.randomUUID().toString().replace("-", "")));
    }

    public Client as(String username) { return new Client(host.baseUri(), username, username); }

    /** Creates a page through Confluence's content API and returns its id. */
    public String createPage(String spaceKey, String title, String storage) throws IOException, InterruptedException {
        return as("admin").json("POST", "/rest/api/content", newPage(spaceKey, title, storage), 200).get("id").asText();
    }

    /** {@code {"type":"page","title":…,"space":{"key":…},"body":{"storage":{"value":…}}}}: a page to create. */
    public static ObjectNode newPage(String spaceKey, String title, String storage) {
        ObjectNode page = JSON.createObjectNode();
        page.put("type", "page").put("title", title);
        page.putObject("space").put("key", spaceKey);
        page.putObject("body").putObject("storage").put("value", storage).put("representation", "storage");
        return page;
    }

    public long pageId(String spaceKey, String title) {
        return host.pages().store().findByTitle(spaceKey, title).orElseThrow().id();
    }

    @Override public void close() { host.close(); }

    /** An HTTP client logged in with Basic credentials. */
    public record Client(URI base, String username, String password) {
        public HttpResponse<String> send(String method, String path, String body, String contentType) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json, text/html, */*");
            if (contentType != null) request.header("Content-Type", contentType);
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        public String html(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = send("GET", path, null, null);
            assertEquals(200, response.statusCode(), "GET " + path);
            return response.body();
        }

        public JsonNode json(String method, String path, JsonNode body, int expectedStatus) throws IOException, InterruptedException {
            HttpResponse<String> response = send(method, path, body == null ? null : JSON.writeValueAsString(body), body == null ? null : "application/json");
            assertEquals(expectedStatus, response.statusCode(), method + " " + path + " → " + response.body());
            return JSON.readTree(response.body());
        }
    }
}
