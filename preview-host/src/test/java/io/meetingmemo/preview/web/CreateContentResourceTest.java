package io.meetingmemo.preview.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.preview.PreviewHost;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The host's {@code POST /rest/create-dialog/1.0/content-blueprint/create-content} refuses as Confluence's create-content
 * plugin does, in its error shape ({@code errorCode}, {@code errorType}, {@code errorData}, {@code errorMessage}), and
 * creates nothing then: an unknown blueprint, a blueprint that goes to the editor ({@code create-result="edit"}), a
 * title the space has, a space the caller may not add pages to, a parent the caller may not view, no space.
 */
class CreateContentResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String CREATE = "/rest/create-dialog/1.0/content-blueprint/create-content";
    private static PreviewHost host;

    @BeforeAll
    static void start() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        host = PreviewHost.start(new PreviewHost.Options("127.0.0.1", port,
                DatabaseConfig.h2Memory("cc" + UUID.randomUUID().toString().replace("-", "")), true));
    }

    @AfterAll
    static void stop() { host.close(); }

    private static HttpResponse<String> post(String user, String body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.baseUri().resolve(CREATE))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) request.header("Content-Type", contentType);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode refused(String user, ObjectNode request, int status, String errorType) throws Exception {
        int pages = host.pages().store().list(null).size();
        HttpResponse<String> response = post(user, JSON.writeValueAsString(request), "application/json");
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = JSON.readTree(response.body());
        assertEquals(status, error.get("errorCode").asInt());
        assertEquals(errorType, error.get("errorType").asText(), response.body());
        assertTrue(error.has("errorData") && error.hasNonNull("errorMessage"), response.body());
        assertEquals(pages, host.pages().store().list(null).size(), "nothing was created");
        return error;
    }

    private static ObjectNode request(String moduleCompleteKey) {
        ObjectNode request = JSON.createObjectNode().put("spaceKey", "EDUFUTURA").put("moduleCompleteKey", moduleCompleteKey);
        request.putObject("context");
        return request;
    }

    @Test
    void anUnknownBlueprintIsInvalid() throws Exception {
        JsonNode error = refused("eeva", request("io.meetingmemo.confluence:no-such-blueprint"), 400, "INVALID:BLUEPRINT");
        assertEquals("Invalid blueprint module key specified.", error.get("errorMessage").asText());
        refused("eeva", request("com.example.other:meeting-memo-blueprint"), 400, "INVALID:BLUEPRINT");
        ObjectNode byId = request("ignored");
        byId.put("contentBlueprintId", UUID.randomUUID().toString());
        refused("eeva", byId, 400, "INVALID:BLUEPRINT");
    }

    @Test
    void aMalformedModuleKeyOrIdFailsAsConfluenceFailsOnIt() throws Exception {
        refused("eeva", request("no-colon"), 500, "UNKNOWN");
        ObjectNode byId = request("ignored");
        byId.put("contentBlueprintId", "not-a-uuid");
        refused("eeva", byId, 500, "UNKNOWN");
    }

    @Test
    void aBlueprintThatGoesToTheEditorIsNotCreatedDirectly() throws Exception {
        JsonNode error = refused("eeva", request("io.meetingmemo.confluence:meeting-memo-blueprint"), 400, "INVALID:CREATE_RESULT:BLUEPRINT");
        assertEquals("edit", error.get("errorData").asText());
        assertEquals("Attempted to create a page that needs to go to the editor.", error.get("errorMessage").asText());
    }

    @Test
    void aTitleTheSpaceHasIsRefused() throws Exception {
        String taken = host.pages().store().list("EDUFUTURA").get(0).title();
        ObjectNode request = request("io.meetingmemo.confluence:next-meeting-blueprint");
        request.put("title", taken);
        JsonNode error = refused("eeva", request, 400, "DUPLICATED:TITLE");
        assertEquals(taken, error.get("errorData").asText());
        assertEquals("Attempted to create a page with the same title as an existing page.", error.get("errorMessage").asText());
    }

    @Test
    void noPermissionToAddPagesToTheSpace() throws Exception {
        host.pages().store().limitSpacePermission("EDUFUTURA", "EDITSPACE", Set.of("sanna"));
        try {
            JsonNode error = refused("eeva", request("io.meetingmemo.confluence:next-meeting-blueprint"), 400, "PERMISSION:USER:CREATE:PAGE");
            assertEquals("No permission to create pages in space EDUFUTURA.", error.get("errorMessage").asText());
            assertEquals("EDUFUTURA", error.get("errorData").asText());
        } finally {
            host.pages().store().limitSpacePermission("EDUFUTURA", "EDITSPACE", Set.of());
        }
    }

    @Test
    void aParentTheCallerMayNotViewAndAMissingSpaceAreRefused() throws Exception {
        long secret = host.pages().create("EDUFUTURA", "Salainen kansio", "<p>x</p>", "admin").id();
        host.pages().store().restrict(secret, "view", Set.of("admin"));
        ObjectNode request = request("io.meetingmemo.confluence:next-meeting-blueprint");
        request.put("parentPageId", secret);
        refused("eeva", request, 400, "PERMISSION:USER:VIEW:PAGE");
        refused("eeva", request("io.meetingmemo.confluence:next-meeting-blueprint").put("spaceKey", "NOSUCHSPACE"), 400, "INVALID:SPACE");
    }

    @Test
    void aRequestWithoutABodyOrAsAFormIsRefused() throws Exception {
        HttpResponse<String> empty = post("eeva", "null", "application/json");
        assertEquals(400, empty.statusCode(), empty.body());
        assertEquals("PARAMETER:MISSING", JSON.readTree(empty.body()).get("errorType").asText());
        HttpResponse<String> form = post("eeva", "spaceKey=EDUFUTURA", "application/x-www-form-urlencoded");
        assertTrue(form.statusCode() == 403 || form.statusCode() == 415, form.statusCode() + " " + form.body());
    }

    @Test
    void theContextProviderDecidesWhatIsRefusedBeyondConfluencesOwnChecks() throws Exception {
        // The app's next-meeting provider refuses a request without a series: its response is the answer.
        JsonNode error = refused("eeva", request("io.meetingmemo.confluence:next-meeting-blueprint"), 400, "PARAMETER:MISSING");
        assertEquals("series", error.get("errorData").asText());
    }
}
