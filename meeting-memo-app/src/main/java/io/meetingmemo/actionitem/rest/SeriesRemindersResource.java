package io.meetingmemo.actionitem.rest;

import static io.meetingmemo.actionitem.rest.ReminderResource.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.meetingmemo.reminder.app.ReminderSettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * {@code GET/PUT /series/{key}/reminders}: a series' owners (whoever may change the series) mute its reminders, so
 * that its items cause none, or turn them on again. PUT takes JSON only: {@code {"muted": true}}. Others get 404, as
 * for a series they may not change.
 */
@Path("/series/{key}/reminders")
@Produces(MediaType.APPLICATION_JSON)
public class SeriesRemindersResource {
    private final ReminderSettingsService settings;

    @Inject
    public SeriesRemindersResource(ReminderSettingsService settings) {
        this.settings = settings;
    }

    public record SeriesReminders(@JsonProperty("series") String series, @JsonProperty("muted") boolean muted) {}

    @GET
    public SeriesReminders get(@PathParam("key") String key) {
        return admin(() -> new SeriesReminders(key, settings.seriesMuted(key).orElseThrow(() -> notYours(key))));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SeriesReminders change(@PathParam("key") String key, Map<String, Object> request) {
        if (request == null || request.size() != 1 || !(request.get("muted") instanceof Boolean muted)) {
            throw ApiErrors.badRequest("send {\"muted\": true} or {\"muted\": false}");
        }
        return admin(() -> new SeriesReminders(key, settings.muteSeries(key, muted).orElseThrow(() -> notYours(key))));
    }

    private static jakarta.ws.rs.WebApplicationException notYours(String key) {
        return ApiErrors.error(404, "no series \"" + key + "\" you may change");
    }
}
