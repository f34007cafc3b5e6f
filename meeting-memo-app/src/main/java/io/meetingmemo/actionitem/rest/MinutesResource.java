package io.meetingmemo.actionitem.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import io.meetingmemo.minutes.app.MinutesMails;
import io.meetingmemo.minutes.app.SendMinutes;
import io.meetingmemo.minutes.domain.MinutesChoice;
import io.meetingmemo.minutes.domain.MinutesSend;
import io.meetingmemo.minutes.domain.MinutesSendRepository;
import io.meetingmemo.platform.ConfluenceUsers;
import io.meetingmemo.platform.Readers;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /rest/meeting-memo/1.0/pages/{pageId}/memos/{memoKey}}: sending a memo's minutes. {@code POST …/send} (JSON
 * only) previews the mail of each person named in the memo ({@code "preview": true}: nothing sent or recorded) or sends
 * and records it; page editors only (403), a page the caller may not view is a 404 as a missing one is, a page saved
 * since the preview is a 409, and so is a site without an outgoing mail server. {@code GET …/sends} lists a memo's
 * sends, newest first, to whoever may view the page.
 */
@Path("/pages/{pageId}/memos/{memoKey}")
@Produces(MediaType.APPLICATION_JSON)
@AnonymousSiteAccess
public class MinutesResource {
    private static final Set<String> FIELDS = Set.of("recipients", "includeWithoutAccess", "preview", "resend", "pageVersion");
    /** More ids than any memo names people: a request beyond it is refused before anything is looked up. */
    static final int MAX_IDS = 1000;

    private final SendMinutes sendMinutes;
    private final Readers readers;

    @Inject
    public MinutesResource(SendMinutes sendMinutes, Readers readers) {
        this.sendMinutes = sendMinutes;
        this.readers = readers;
    }

    @POST
    @Path("send")
    @Consumes(MediaType.APPLICATION_JSON)
    public MinutesJson.SendResult send(@PathParam("pageId") String rawPageId, @PathParam("memoKey") String memoKey,
                                       Map<String, Object> body) {
        long pageId = RequestValues.positiveLong("pageId", rawPageId);
        if (body == null) throw ApiErrors.badRequest("send a JSON object: {\"preview\": true} to preview the minutes");
        for (String field : body.keySet()) {
            if (!FIELDS.contains(field)) {
                throw ApiErrors.badRequest("unknown field \"" + field + "\"; a send has " + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        List<String> recipients = ids(body, "recipients");
        List<String> withoutAccess = ids(body, "includeWithoutAccess");
        boolean preview = bool(body, "preview");
        boolean resend = bool(body, "resend");
        Object version = body.get("pageVersion");
        Integer pageVersion = version == null ? null : RequestValues.wholeNumber("pageVersion", version, 1, Integer.MAX_VALUE);
        SendMinutes.Request request = new SendMinutes.Request(new MinutesChoice(
                recipients == null ? null : new LinkedHashSet<>(recipients),
                withoutAccess == null ? Set.of() : new LinkedHashSet<>(withoutAccess)), preview, resend, pageVersion);
        try {
            return json(sendMinutes.send(pageId, memoKey, request), preview);
        } catch (SendMinutes.Refused refused) {
            throw error(refused);
        }
    }

    @GET
    @Path("sends")
    public MinutesJson.Sends sends(@PathParam("pageId") String rawPageId, @PathParam("memoKey") String memoKey) {
        long pageId = RequestValues.positiveLong("pageId", rawPageId);
        try {
            var presenter = readers.presenter(readers.today(), null);
            List<MinutesJson.Send> sends = new ArrayList<>();
            for (MinutesSend send : sendMinutes.sends(pageId, memoKey)) {
                ConfluenceUsers.Person sender = presenter.userByKey(send.senderKey()).orElse(null);
                sends.add(new MinutesJson.Send(send.id(), send.sentAt().toString(), send.pageVersion(),
                        sender == null ? new ActionItemJson.Person(send.senderKey(), null, send.senderKey())
                                : new ActionItemJson.Person(sender.userKey(), sender.username(), sender.displayName()),
                        send.queuedCount(), send.deliveries().stream().map(d -> new MinutesJson.Delivery(d.recipientId(),
                                d.userKey(), presenter.storedName(d.name()), d.address(), d.queued() ? "queued" : "skipped",
                                d.reason() == null ? null : d.reason().wireName(), d.withoutPageAccess())).toList()));
            }
            return new MinutesJson.Sends(sends);
        } catch (SendMinutes.Refused refused) {
            throw error(refused);
        }
    }

    private MinutesJson.SendResult json(SendMinutes.Result result, boolean preview) {
        var presenter = readers.presenter(readers.today(), null);
        List<MinutesJson.Recipient> recipients = new ArrayList<>();
        for (SendMinutes.Planned p : result.recipients()) {
            MinutesMails.RenderedMail m = p.mail();
            recipients.add(new MinutesJson.Recipient(p.recipient().id(), p.recipient().role().wireName(), p.recipient().userKey(),
                    presenter.storedName(p.recipient().name()), p.recipient().rawAddress(), p.recipient().canView(), p.skip() == null,
                    p.skip() == null ? null : p.skip().wireName(),
                    m == null ? null : new MinutesJson.Mail(m.to(), m.subject(), m.html(), m.text(), m.language())));
        }
        MinutesSend recorded = result.recorded();
        return new MinutesJson.SendResult(result.pageId(), result.memoKey(), result.pageVersion(), preview,
                summary(result.previous()), recipients,
                recorded == null ? null : new MinutesJson.SendSummary(recorded.id(), recorded.sentAt().toString(), recorded.queuedCount()));
    }

    private static MinutesJson.SendSummary summary(MinutesSendRepository.SendSummary s) {
        return s == null ? null : new MinutesJson.SendSummary(s.id(), s.sentAt().toString(), s.queuedCount());
    }

    private static WebApplicationException error(SendMinutes.Refused refused) {
        int status = refused.reason().status();
        return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new MinutesJson.Error(status, refused.reason().code(), refused.getMessage(), summary(refused.previous())))
                .build());
    }

    /** A list of recipient ids: absent or null for "as the preview stands", else an array of strings. */
    private static List<String> ids(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) return null;
        if (!(value instanceof List<?> list) || list.size() > MAX_IDS || !list.stream().allMatch(v -> v instanceof String)) {
            throw ApiErrors.badRequest(field + " must be an array of at most " + MAX_IDS + " recipient ids (strings) from the preview");
        }
        return list.stream().map(String.class::cast).toList();
    }

    private static boolean bool(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) return false;
        if (value instanceof Boolean b) return b;
        throw ApiErrors.badRequest(field + " must be true or false, written as a JSON boolean");
    }
}
