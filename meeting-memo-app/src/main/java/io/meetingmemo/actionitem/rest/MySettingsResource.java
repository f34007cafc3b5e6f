package io.meetingmemo.actionitem.rest;

import static io.meetingmemo.actionitem.rest.ReminderResource.admin;
import static io.meetingmemo.actionitem.rest.ReminderResource.bool;
import static io.meetingmemo.actionitem.rest.ReminderResource.error;
import static io.meetingmemo.actionitem.rest.ReminderResource.fields;
import static io.meetingmemo.actionitem.rest.ReminderResource.myJson;

import io.meetingmemo.actionitem.rest.ReminderResource.MySettings;
import io.meetingmemo.mail.domain.OutgoingMail.MailFormat;
import io.meetingmemo.reminder.app.ReminderSettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET/PUT /my/settings}: the signed-in person's choices for the app's mail (reminders, the weekly digest, HTML
 * or plain text). PUT takes JSON only and names the version read; a stale one gets 409 with the stored choices.
 */
@Path("/my/settings")
@Produces(MediaType.APPLICATION_JSON)
public class MySettingsResource {
    private static final Set<String> MY_FIELDS = Set.of("reminders", "digest", "mailFormat", "version");

    private final ReminderSettingsService settings;

    @Inject
    public MySettingsResource(ReminderSettingsService settings) {
        this.settings = settings;
    }

    @GET
        public MySettings mySettings() {
        return admin(() -> myJson(settings.mine()));
    }

    @PUT
        @Consumes(MediaType.APPLICATION_JSON)
    public Response changeMySettings(Map<String, Object> request) {
        return admin(() -> {
            Map<String, Object> r = fields(request, MY_FIELDS);
            int version = RequestValues.wholeNumber("version", r.get("version"), 0, Integer.MAX_VALUE);
            MailFormat format;
            try {
                format = MailFormat.valueOf(String.valueOf(r.get("mailFormat")).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return error(400, "mailFormat must be HTML or TEXT", List.of("mailFormat must be HTML or TEXT"), null);
            }
            return settings.changeMine(bool(r, "reminders"), bool(r, "digest"), format, version)
                    .map(saved -> Response.ok(myJson(saved)).build())
                    .orElseGet(() -> error(409, "your settings were changed elsewhere; reload them", List.of(), myJson(settings.mine())));
        });
    }

}
