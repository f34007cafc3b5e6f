package io.meetingmemo.it.hardening;

import static io.meetingmemo.it.hardening.Http.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.meetingmemo.it.TestHost;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, item 4: cross-site request forgery. A page on another site can make a logged-in browser send
 * POST, PUT and DELETE with the bodies an HTML form or a "simple" fetch can carry:
 * {@code application/x-www-form-urlencoded}, {@code multipart/form-data} and {@code text/plain} (also with a
 * JSON text inside, the classic trick). Every mutating endpoint (the app's, read from its OpenAPI document so
 * a new endpoint is covered the day it is documented, plus the host's content API and editor form) must
 * refuse each of them, with the session cookie a browser would attach, and nothing may change. A preflight
 * from another origin must not be granted, and nothing may answer with CORS headers for it.
 */
class XsrfTest {
    private static final String EVIL = "http://evil.example";
    private static TestHost test;
    private static URI base;
    private static String cookie;
    private static long pageId;
    private static long itemId;

    @BeforeAll
    static void start() throws Exception {
        test = TestHost.startOnH2();
        base = test.host.baseUri();
        pageId = test.pageId("EDUFUTURA", "Viestintätiimin kokous 2026-11-16");
        itemId = Http.get(base, "admin", API + "/action-items?pageId=" + pageId).json().at("/items/0/id").asLong();
        HttpResponse<String> login = TestHost.HTTP.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin&next=%2F")).build(), HttpResponse.BodyHandlers.ofString());
        cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("mm-preview-session=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + login.headers().map())).split(";")[0];
    }

    @AfterAll
    static void stop() {
        if (test != null) test.close();
    }

    /** A mutating endpoint: method, path, and a JSON body that would succeed if it were sent as JSON. */
    record Target(String method, String path, String json) {}

    @Test
    void crossSiteFormsAndTextBodiesCannotChangeAnything() throws Exception {
        List<Target> targets = targets();
        Map<String, String> before = state();
        List<String> failures = new ArrayList<>();
        int attempts = 0;
        for (Target target : targets) {
            for (Map.Entry<String, String> attack : attacks(target.json()).entrySet()) {
                for (Map<String, String> extra : List.of(Map.<String, String>of(), Map.of("X-HTTP-Method-Override", target.method()))) {
                    String method = extra.isEmpty() ? target.method() : "POST";
                    Map<String, String> headers = new LinkedHashMap<>(extra);
                    headers.put("Cookie", cookie);
                    headers.put("Origin", EVIL);
                    headers.put("Referer", EVIL + "/attack.html");
                    String[] typeAndBody = attack.getValue().split("\n\n", 2);
                    Http.Answer answer = Http.send(base, null, method, target.path(), typeAndBody[1], typeAndBody[0], headers);
                    attempts++;
                    // Refused means a 4xx (403 from the XSRF check, 415 for a body type the call does not take, 400 for a
                    // DELETE that carries a body) and, checked below, nothing changed.
                    if (answer.status() < 400 || answer.status() >= 500) {
                        failures.add(method + " " + target.path() + " as " + attack.getKey() + (extra.isEmpty() ? "" : " with a method override")
                                + " was not refused: " + answer);
                    }
                }
            }
        }
        assertEquals(before, state(), "nothing changed");
        Counts.record("xsrf.endpoints", targets.size());
        Counts.record("xsrf.attempts", attempts);
        if (!failures.isEmpty()) fail(failures.size() + " cross-site requests got through:\n" + String.join("\n", failures));

        // The same requests as JSON with the cookie do work: the refusals above are about the body type.
        Http.Answer json = Http.send(base, null, "PUT", API + "/action-items/" + itemId + "/status",
                "{\"status\":\"open\",\"version\":" + Http.get(base, "admin", API + "/action-items/" + itemId).json().get("version").asInt() + "}",
                "application/json", Map.of("Cookie", cookie));
        assertEquals(200, json.status(), json.toString());
    }

    /**
     * A browser's {@code fetch(url, {method: 'POST', mode: 'no-cors', credentials: 'include'})} from a page of
     * the same site sends no body and no Content-Type, needs no preflight and carries the session cookie. Every
     * mutating endpoint of the app refuses such a request (403 or 415, with a JSON reason) and nothing changes;
     * the same request with {@code Content-Type: application/json} or {@code X-Atlassian-Token: no-check} (which
     * only a script allowed by CORS can add) reaches the endpoint. The host's content API refuses a body-less
     * POST as Confluence does.
     */
    @Test
    void bodyLessTypeLessWritesFromTheSameSiteAreRefused() throws Exception {
        String sameSite = "http://127.0.0.1:8199";
        Map<String, String> browser = Map.of("Cookie", cookie, "Origin", sameSite, "Referer", sameSite + "/attack.html");
        List<Target> app = targets().stream().filter(t -> t.path().startsWith(API)).toList();
        assertTrue(app.size() >= 2, "the status change and the re-sync at least: " + app);
        Map<String, String> before = state();
        List<String> failures = new ArrayList<>();
        List<Target> refused = new ArrayList<>(app);
        refused.add(new Target("POST", "/rest/api/content", "{}"));
        for (Target target : refused) {
            for (String method : List.of(target.method(), "POST")) {
                Map<String, String> headers = new LinkedHashMap<>(browser);
                if (!method.equals(target.method())) headers.put("X-HTTP-Method-Override", target.method());
                Http.Answer answer = Http.send(base, null, method, target.path(), null, null, headers);
                // 405 too for the override: the override is not honoured, so the POST itself is not allowed there.
                boolean override = headers.containsKey("X-HTTP-Method-Override");
                if (answer.status() != 403 && answer.status() != 415 && !(override && answer.status() == 405)) {
                    failures.add(method + " " + target.path() + " without body and type" + (override ? " (method override)" : "")
                            + " was not refused: " + answer);
                } else if (!answer.contentType().startsWith("application/json") || answer.json().get("message") == null
                        || answer.json().get("status").asInt() != answer.status()) {
                    failures.add(method + " " + target.path() + ": refused without a JSON reason: " + answer);
                }
            }
        }
        assertEquals(before, state(), "nothing changed");
        Counts.record("xsrf.bodyLessAttempts", refused.size() * 2);
        if (!failures.isEmpty()) fail(failures.size() + " body-less requests got through:\n" + String.join("\n", failures));

        // With JSON (an empty body too) or the no-check header the call reaches the endpoint: the re-sync runs, the
        // status change answers its own JSON 400 for the missing body.
        for (Target target : app) {
            boolean resync = target.path().endsWith("/resync");
            for (Map<String, String> extra : List.of(Map.of("Content-Type", "application/json"), Map.of("X-Atlassian-Token", "no-check"))) {
                Map<String, String> headers = new LinkedHashMap<>(browser);
                headers.putAll(extra);
                Http.Answer answer = Http.send(base, null, target.method(), target.path(), null, null, headers);
                int expected = resync ? 200 : 400;
                assertEquals(expected, answer.status(), target.method() + " " + target.path() + " with " + extra + ": " + answer);
                assertTrue(answer.contentType().startsWith("application/json"), answer.toString());
            }
        }
    }

    @Test
    void anotherOriginIsNeverGrantedCors() {
        for (Target target : targets()) {
            Http.Answer preflight = Http.send(base, null, "OPTIONS", target.path(), null, null,
                    Map.of("Origin", EVIL, "Access-Control-Request-Method", target.method(), "Access-Control-Request-Headers", "content-type", "Cookie", cookie));
            assertTrue(preflight.status() >= 200, preflight.toString());
            assertFalse(corsHeaders(target.path(), "OPTIONS"), "no CORS grant for " + target.path() + ": " + preflight);
        }
        assertFalse(corsHeaders(API + "/action-items", "GET"), "another site cannot read the list with the user's cookie");
    }

    @Test
    void theEditorFormNeedsItsToken() throws Exception {
        int version = Http.get(base, "admin", "/rest/api/content/" + pageId).json().at("/version/number").asInt();
        String form = "spaceKey=EDUFUTURA&pageId=" + pageId + "&version=" + (version + 1) + "&title=" + URLEncoder.encode("Hijacked", StandardCharsets.UTF_8)
                + "&body=" + URLEncoder.encode("<p>hijacked</p>", StandardCharsets.UTF_8);
        for (String token : List.of("", "&token=", "&token=forged", "&token=" + URLEncoder.encode(tokenOf("sanna"), StandardCharsets.UTF_8))) {
            Http.Answer answer = Http.send(base, null, "POST", "/pages/savepage.action", form + token, "application/x-www-form-urlencoded",
                    Map.of("Cookie", cookie, "Origin", EVIL));
            assertEquals(403, answer.status(), "a form without admin's own token is refused: " + answer);
        }
        assertEquals(version, Http.get(base, "admin", "/rest/api/content/" + pageId).json().at("/version/number").asInt());
    }

    /** Another user's form token, as sanna's editor shows it to sanna. */
    private static String tokenOf(String user) {
        String html = Http.get(base, user, "/pages/editpage.action?pageId=" + pageId).body();
        int at = html.indexOf("name=\"token\" value=\"");
        return at < 0 ? "" : html.substring(at + 20, html.indexOf('"', at + 20));
    }

    private static boolean corsHeaders(String path, String method) {
        try {
            HttpResponse<String> r = TestHost.HTTP.send(HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody())
                    .header("Origin", EVIL).header("Cookie", cookie).header("Access-Control-Request-Method", "PUT").build(), HttpResponse.BodyHandlers.ofString());
            return r.headers().map().keySet().stream().anyMatch(h -> h.toLowerCase().startsWith("access-control-allow"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Form, multipart and text bodies, each as "content type\n\nbody". */
    private static Map<String, String> attacks(String json) {
        Map<String, String> attacks = new LinkedHashMap<>();
        String boundary = "----evilboundary";
        attacks.put("urlencoded form", "application/x-www-form-urlencoded\n\nstatus=done&version=1&spaceKey=EDUFUTURA&maxPages=1&" + URLEncoder.encode(json, StandardCharsets.UTF_8) + "=");
        attacks.put("urlencoded form with charset", "application/x-www-form-urlencoded; charset=UTF-8\n\nstatus=done&version=1");
        attacks.put("multipart form", "multipart/form-data; boundary=" + boundary + "\n\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"json\"\r\n\r\n" + json + "\r\n--" + boundary + "--\r\n");
        attacks.put("text/plain with JSON inside", "text/plain\n\n" + json);
        attacks.put("text/plain;charset=UTF-8 with JSON inside", "text/plain;charset=UTF-8\n\n" + json);
        attacks.put("TEXT/PLAIN in capitals", "TEXT/PLAIN\n\n" + json);
        return attacks;
    }

    /** A series of the demo content: a forged change of its settings must change nothing. */
    private static final String DEMO_SERIES = "edufutura-comms";

    /** The app's documented mutating operations, plus the host's. */
    private static List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        Http.Answer doc = Http.get(base, "admin", API + "/openapi.json");
        Set<String> mutating = Set.of("post", "put", "patch", "delete");
        if (doc.status() == 200) {
            JsonNode paths = doc.json().get("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                    String method = methods.next();
                    if (!mutating.contains(method)) continue;
                    // The minutes' send names the demo memo's page and memo, so a forged send that got through would show in its sends.
                    String concrete = API + path.getKey().replace("{pageId}/memos/{memoKey}", pageId + "/memos/" + memoKey())
                            .replaceAll("\\{[^}]*[iI]d\\}", String.valueOf(itemId)).replace("{key}", DEMO_SERIES);
                    targets.add(new Target(method.toUpperCase(), concrete, jsonFor(concrete)));
                }
            }
        }
        if (targets.stream().noneMatch(t -> t.path().endsWith("/status"))) {
            targets.add(new Target("PUT", API + "/action-items/" + itemId + "/status", jsonFor("/status")));
        }
        if (targets.stream().noneMatch(t -> t.path().endsWith("/resync"))) targets.add(new Target("POST", API + "/admin/resync", jsonFor("/resync")));
        targets.add(new Target("POST", "/rest/api/content", "{\"type\":\"page\",\"title\":\"Forged\",\"space\":{\"key\":\"EDUFUTURA\"},\"body\":{\"storage\":{\"value\":\"<p>x</p>\",\"representation\":\"storage\"}}}"));
        targets.add(new Target("PUT", "/rest/api/content/" + pageId, "{\"type\":\"page\",\"title\":\"Forged\",\"version\":{\"number\":2},\"body\":{\"storage\":{\"value\":\"<p>x</p>\",\"representation\":\"storage\"}}}"));
        targets.add(new Target("DELETE", "/rest/api/content/" + pageId, "{}"));
        return targets;
    }

    /** The key of the demo page's memo. */
    private static String memoKey() {
        return Http.get(base, "admin", API + "/pages/" + pageId + "/memos").json().at("/memos/0/key").asText();
    }

    private static String jsonFor(String path) {
        if (path.endsWith("/send")) {
            return "{\"preview\":false,\"pageVersion\":" + Http.get(base, "admin", "/rest/api/content/" + pageId).json().at("/version/number").asInt() + "}";
        }
        if (path.endsWith("/status")) return "{\"status\":\"done\",\"version\":" + Http.get(base, "admin", API + "/action-items/" + itemId).json().get("version").asInt() + "}";
        if (path.endsWith("/resync")) return "{\"spaceKey\":\"EDUFUTURA\",\"maxPages\":1}";
        return "{}";
    }

    /** What a forged request could change: the item, the page, the pages of the space. */
    private static Map<String, String> state() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("item", Http.get(base, "admin", API + "/action-items/" + itemId).body());
        state.put("history", Http.get(base, "admin", API + "/action-items/" + itemId + "/history").body());
        state.put("page", Http.get(base, "admin", "/rest/api/content/" + pageId + "?expand=body.storage").body());
        state.put("pages", Http.get(base, "admin", "/rest/api/content?spaceKey=EDUFUTURA").body());
        state.put("minutes sent", Http.get(base, "admin", API + "/pages/" + pageId + "/memos/" + memoKey() + "/sends").body());
        return state;
    }
}
