package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The preview host's login: a hostile {@code next} never fails the request nor leaves the host. */
class HostLoginEndToEndTest {
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    private static HttpResponse<String> login(String username, String rawNext) throws Exception {
        String form = "username=" + username + "&password=" + username + "&next=" + rawNext;
        return TestHost.HTTP.send(HttpRequest.newBuilder(test.host.baseUri().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aNextWithControlOrWideSpaceCharactersRedirectsHomeInsteadOfFailing() throws Exception {
        for (String next : List.of("/%09/evil.example", "/%0d%0a/evil.example", "/%E3%80%80/x", "/%00", "/a%20b", "/%7F")) {
            HttpResponse<String> response = login("sanna", next);
            assertEquals(303, response.statusCode(), next + " → " + response.body());
            String location = response.headers().firstValue("Location").orElseThrow();
            URI target = test.host.baseUri().resolve(location);
            assertEquals(test.host.baseUri().getAuthority(), target.getAuthority(), next + " stays on the host: " + location);
            assertEquals("/", target.getRawPath(), next + " leads home: " + location);
        }
        HttpResponse<String> ordinary = login("sanna", URLEncoder.encode("/pages/viewpage.action?pageId=1", StandardCharsets.UTF_8));
        assertEquals(test.host.baseUri().resolve("/pages/viewpage.action?pageId=1"),
                test.host.baseUri().resolve(ordinary.headers().firstValue("Location").orElseThrow()));
    }
}
