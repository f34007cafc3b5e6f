package io.meetingmemo.preview.web;

import io.meetingmemo.preview.mail.HostSmtpServer;
import io.meetingmemo.preview.mail.HostTaskManager;
import io.meetingmemo.preview.platform.HostClock;
import io.meetingmemo.preview.platform.HostScheduler;
import io.meetingmemo.preview.store.HostUser;
import io.meetingmemo.preview.store.HostUsers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The host's Outbox page ({@code /preview-host/outbox}, host administrators only): every mail the host's SMTP server
 * received, newest first, with its HTML shown in a sandboxed frame (no scripts, no access to the host's pages) and
 * its text version beside it; plus the host's clock with a form to move it and a button that runs due jobs and
 * sends queued mail now, so a newcomer can watch a scheduled reminder arrive.
 */
// Rooted at "/" like HostPages: a class path of "preview-host" would take every /preview-host/… request, and the host's
// macro browser script (/preview-host/macro-browser.js) with it.
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class OutboxPage {
    /** The page shows the mail's HTML in a sandboxed srcdoc frame; the policy also keeps remote images out, as mail should. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'none'; frame-src 'self'; form-action 'self'; base-uri 'none'";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final HostPages pages;
    private final HostAuthentication authentication;
    private final HostSmtpServer smtp;
    private final int relayPort;
    private final HostTaskManager taskManager;
    private final HostClock clock;
    private final HostScheduler scheduler;

    /** @param relayPort the port of another host's SMTP server this host sends to, or 0 */
    public OutboxPage(HostPages pages, HostAuthentication authentication, HostSmtpServer smtp, int relayPort, HostTaskManager taskManager,
                      HostClock clock, HostScheduler scheduler) {
        this.pages = pages;
        this.authentication = authentication;
        this.smtp = smtp;
        this.relayPort = relayPort;
        this.taskManager = taskManager;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    @GET
    @Path("preview-host/outbox")
    public Response outbox(@QueryParam("done") String done, @QueryParam("ran") int ran) {
        HostUser user = HostUsers.current();
        if (user == null || !user.administrator()) return forbidden(user);
        List<Map<String, Object>> mails = new ArrayList<>();
        List<HostSmtpServer.ReceivedMail> received = smtp == null ? List.of() : smtp.received();
        for (int i = received.size() - 1; i >= 0; i--) {
            HostSmtpServer.ReceivedMail mail = received.get(i);
            Map<String, Object> row = new HashMap<>();
            row.put("to", String.join(", ", mail.to()));
            row.put("from", mail.from());
            row.put("subject", mail.subject());
            row.put("receivedAt", mail.receivedAt().atZone(clock.getZone()).toLocalDateTime().withNano(0).toString());
            // Not named "…html": the host's templates would insert such a value unescaped. It goes into srcdoc escaped.
            row.put("bodyMarkup", mail.html());
            row.put("hasMarkup", !mail.html().isEmpty());
            row.put("text", mail.text());
            row.put("hasText", !mail.text().isEmpty());
            Map<String, String> shown = new LinkedHashMap<>();
            for (String name : List.of("List-Unsubscribe", "Content-Type", "Message-ID")) {
                mail.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).findFirst()
                        .ifPresent(h -> shown.put(h.getKey(), h.getValue()));
            }
            row.put("headers", shown.entrySet().stream().map(h -> Map.of("name", h.getKey(), "value", h.getValue())).toList());
            mails.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("smtpPort", smtp == null ? "" : String.valueOf(smtp.port()));
        model.put("hasSmtp", smtp != null);
        model.put("relayPort", relayPort == 0 ? "" : String.valueOf(relayPort));
        model.put("mails", mails);
        model.put("hasMails", !mails.isEmpty());
        model.put("queued", taskManager.getTaskQueue(HostTaskManager.MAIL).size());
        model.put("failed", taskManager.errors(HostTaskManager.MAIL).size());
        model.put("clockNow", clock.instant().atZone(clock.getZone()).toLocalDateTime().format(MINUTES));
        model.put("clockZone", clock.getZone().getId());
        model.put("clockMoved", clock.moved());
        model.put("schedulerMode", scheduler.clustered() ? "cluster-wide jobs in the database (node " + scheduler.node() + ")"
                : "one node: cluster-wide jobs run locally, as on a non-clustered Confluence");
        model.put("message", notice(done, ran, (String) model.get("clockNow"), clock.getZone().getId()));
        model.put("token", authentication.formToken(user));
        return Response.ok(pages.hostPage(user, "Outbox", "outbox.vm", model))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY).header("X-Content-Type-Options", "nosniff").build();
    }

    /** The clock form: moves the host's clock to the local time given (the host's zone). */
    @POST
    @Path("preview-host/clock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setClock(@FormParam("token") String token, @FormParam("now") String now) {
        HostUser user = HostUsers.current();
        if (user == null || !user.administrator()) return forbidden(user);
        if (!authentication.validFormToken(user, token)) return expired();
        try {
            clock.setNow(clock.parse(now));
        } catch (IllegalArgumentException e) {
            return back("clock-invalid", 0);
        }
        return back("clock-set", 0);
    }

    /** Runs the jobs due by the host's clock and sends the queued mail, now. */
    @POST
    @Path("preview-host/run-due")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response runDue(@FormParam("token") String token) {
        HostUser user = HostUsers.current();
        if (user == null || !user.administrator()) return forbidden(user);
        if (!authentication.validFormToken(user, token)) return expired();
        int ran = scheduler.runDueJobs();
        taskManager.flush(HostTaskManager.MAIL);
        return back("ran", ran);
    }

    /** After a form: back to the Outbox with what happened as a code (the page says it; no text travels in the URL). */
    private static Response back(String done, int ran) {
        return Response.seeOther(URI.create("/preview-host/outbox?done=" + done + (done.equals("ran") ? "&ran=" + ran : ""))).build();
    }

    private static String notice(String done, int ran, String clockNow, String zone) {
        if (done == null) return "";
        return switch (done) {
            case "clock-set" -> "The host's clock now shows " + clockNow + " (" + zone + ").";
            case "clock-invalid" -> "That is not a time: give it as 2026-12-01T07:00 (the host's zone, " + zone + ").";
            case "ran" -> (ran == 1 ? "1 due job ran" : Math.max(ran, 0) + " due jobs ran") + " on this node; queued mail was sent.";
            default -> "";
        };
    }

    private static Response expired() {
        return Response.status(403).type(MediaType.TEXT_PLAIN).entity("This form expired; reload the Outbox.").build();
    }

    private static Response forbidden(HostUser user) {
        return Response.status(403).type(MediaType.TEXT_PLAIN).entity("The Outbox is for host administrators; log in as admin.").build();
    }
}
