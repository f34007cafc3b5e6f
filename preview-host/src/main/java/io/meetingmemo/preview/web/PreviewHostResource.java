package io.meetingmemo.preview.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meetingmemo.preview.mail.HostSmtpServer;
import io.meetingmemo.preview.mail.HostTaskManager;
import io.meetingmemo.preview.platform.HostClock;
import io.meetingmemo.preview.platform.HostScheduler;
import io.meetingmemo.preview.store.HostUser;
import io.meetingmemo.preview.store.HostUsers;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The preview host's own tools at {@code /rest/preview/1.0}, for a host administrator, a newcomer's demo and tests
 * (Confluence has no such API): the outbox of the host's SMTP server, the host's clock, and "run due jobs now".
 * Every call is for host administrators only; every write takes JSON only (an empty body too).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class PreviewHostResource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HostSmtpServer smtp;
    private final HostTaskManager taskManager;
    private final HostClock clock;
    private final HostScheduler scheduler;

    /** @param smtp the host's SMTP server, or null when the host runs without one */
    public PreviewHostResource(HostSmtpServer smtp, HostTaskManager taskManager, HostClock clock, HostScheduler scheduler) {
        this.smtp = smtp;
        this.taskManager = taskManager;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /** Every mail the host's SMTP server received, oldest first; {@code to} keeps those to that address. */
    @GET
    @Path("outbox")
    public Response outbox(@QueryParam("to") String to) {
        Response refused = adminOnly();
        if (refused != null) return refused;
        return Response.ok(outboxJson(smtp, to)).build();
    }

    /** Forgets every received mail (for tests). */
    @DELETE
    @Path("outbox")
    public Response clearOutbox(@jakarta.ws.rs.core.Context HttpHeaders headers, String body) {
        Response refused = jsonWrite(headers, body);
        if (refused != null) return refused;
        if (smtp != null) smtp.clear();
        return Response.noContent().build();
    }

    @GET
    @Path("clock")
    public Response clock() {
        Response refused = adminOnly();
        if (refused != null) return refused;
        return Response.ok(clockJson()).build();
    }

    /** Moves the host's clock: {@code {"now": "2026-12-01T07:00"}} (the host's zone) or with an offset. */
    @POST
    @Path("clock")
    public Response setClock(@jakarta.ws.rs.core.Context HttpHeaders headers, String body) {
        Response refused = jsonWrite(headers, body);
        if (refused != null) return refused;
        JsonNode now;
        try {
            now = body == null || body.isBlank() ? null : JSON.readTree(body).get("now");
        } catch (IOException e) {
            return JsonErrors.json(400, "the body is not valid JSON; send {\"now\": \"2026-12-01T07:00\"}");
        }
        if (now == null || !now.isTextual()) return JsonErrors.json(400, "send {\"now\": \"2026-12-01T07:00\"}: the time the host's clock should show");
        try {
            clock.setNow(clock.parse(now.asText()));
        } catch (IllegalArgumentException e) {
            return JsonErrors.json(400, e.getMessage());
        }
        return Response.ok(clockJson()).build();
    }

    /** Runs the jobs that are due by the host's clock on this node now, then sends the queued mail. */
    @POST
    @Path("scheduler/run-due")
    public Response runDue(@jakarta.ws.rs.core.Context HttpHeaders headers, String body) {
        Response refused = jsonWrite(headers, body);
        if (refused != null) return refused;
        int ran = scheduler.runDueJobs();
        taskManager.flush(HostTaskManager.MAIL);
        return Response.ok(Map.of("ran", ran, "node", scheduler.node())).build();
    }

    /** Sends the mail queued on this node now, instead of at the next flush of the queue. */
    @POST
    @Path("mail/flush")
    public Response flushMail(@jakarta.ws.rs.core.Context HttpHeaders headers, String body) {
        Response refused = jsonWrite(headers, body);
        if (refused != null) return refused;
        taskManager.flush(HostTaskManager.MAIL);
        return Response.ok(Map.of("errors", taskManager.errors(HostTaskManager.MAIL).size())).build();
    }

    private Map<String, Object> clockJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("now", clock.instant().atZone(clock.getZone()).toOffsetDateTime().toString());
        json.put("zone", clock.getZone().getId());
        json.put("moved", clock.moved());
        return json;
    }

    static List<Map<String, Object>> outboxJson(HostSmtpServer smtp, String to) {
        if (smtp == null) return List.of();
        String wanted = to == null || to.isBlank() ? null : to.trim().toLowerCase(Locale.ROOT);
        return smtp.received().stream()
                .filter(m -> wanted == null || m.to().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted)))
                .map(m -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("to", m.to());
                    json.put("from", m.from());
                    json.put("subject", m.subject());
                    json.put("text", m.text());
                    json.put("html", m.html());
                    json.put("headers", m.headers());
                    json.put("receivedAt", m.receivedAt().toString());
                    return json;
                }).toList();
    }

    /** 403 for anyone but a host administrator. */
    private static Response adminOnly() {
        HostUser user = HostUsers.current();
        return user != null && user.administrator() ? null : JsonErrors.json(403, "host administrators only");
    }

    /** Administrators only, and a body typed JSON (an empty one too): anything else is refused before it acts. */
    private static Response jsonWrite(HttpHeaders headers, String body) {
        Response refused = adminOnly();
        if (refused != null) return refused;
        MediaType type = headers.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isWildcardType() || type.isWildcardSubtype()) {
            return JsonErrors.json(415, "this call accepts application/json only (an empty body too)");
        }
        if (body != null && !body.isBlank()) {
            try {
                JSON.readTree(body);
            } catch (IOException e) {
                return JsonErrors.json(400, "the body is not valid JSON");
            }
        }
        return null;
    }
}
