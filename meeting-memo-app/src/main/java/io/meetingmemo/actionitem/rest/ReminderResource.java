package io.meetingmemo.actionitem.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.meetingmemo.mail.domain.OutgoingMail.MailFormat;
import io.meetingmemo.reminder.app.ReminderRun;
import io.meetingmemo.reminder.app.ReminderSettingsService;
import io.meetingmemo.reminder.app.ReminderSettingsService.Refused;
import io.meetingmemo.reminder.domain.PersonSettings;
import io.meetingmemo.reminder.domain.ReminderSettings;
import io.meetingmemo.reminder.domain.ReminderStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reminder settings: {@code GET/PUT /admin/reminders} and {@code POST /admin/reminders/run} for administrators,
 ({@link MySettingsResource} has a person's own). Writes take JSON only, name the version read (a stale one
 * gets 409 with what is stored now) and are refused with the reasons when a value is out of range.
 */
@Path("/admin/reminders")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class ReminderResource {
    private static final Set<String> ADMIN_FIELDS = Set.of("enabled", "hour", "daysBefore", "digestDay", "excludedSpaceKeys", "version");

    private final ReminderSettingsService settings;

    @Inject
    public ReminderResource(ReminderSettingsService settings) {
        this.settings = settings;
    }

    public record LastRun(@JsonProperty("day") String day, @JsonProperty("started") String started,
                          @JsonProperty("finished") String finished, @JsonProperty("outcome") String outcome,
                          @JsonProperty("message") String message, @JsonProperty("queued") int queued,
                          @JsonProperty("skipped") int skipped, @JsonProperty("alreadyDone") int alreadyDone) {}

    public record AdminSettings(@JsonProperty("enabled") boolean enabled, @JsonProperty("hour") int hour,
                                @JsonProperty("daysBefore") int daysBefore, @JsonProperty("digestDay") String digestDay,
                                @JsonProperty("excludedSpaceKeys") List<String> excludedSpaceKeys,
                                @JsonProperty("version") int version,
                                @JsonProperty("mailServerConfigured") boolean mailServerConfigured,
                                @JsonProperty("lastRun") LastRun lastRun) {}

    public record RunResult(@JsonProperty("ran") boolean ran, @JsonProperty("message") String message,
                            @JsonProperty("queued") int queued, @JsonProperty("skipped") int skipped,
                            @JsonProperty("alreadyDone") int alreadyDone) {}

    public record MySettings(@JsonProperty("reminders") boolean reminders, @JsonProperty("digest") boolean digest,
                             @JsonProperty("mailFormat") String mailFormat, @JsonProperty("version") int version) {}

    public record SettingsError(@JsonProperty("status") int status, @JsonProperty("message") String message,
                                @JsonProperty("reasons") List<String> reasons, @JsonProperty("current") Object current) {}

    @GET
        public AdminSettings adminSettings() {
        return admin(() -> adminJson(settings.adminView()));
    }

    @PUT
        @Consumes(MediaType.APPLICATION_JSON)
    public Response changeAdminSettings(Map<String, Object> request) {
        return admin(() -> {
            Map<String, Object> r = fields(request, ADMIN_FIELDS);
            int version = RequestValues.wholeNumber("version", r.get("version"), 0, Integer.MAX_VALUE);
            boolean enabled = bool(r, "enabled");
            int hour = RequestValues.wholeNumber("hour", r.get("hour"), Integer.MIN_VALUE, Integer.MAX_VALUE);
            int days = RequestValues.wholeNumber("daysBefore", r.get("daysBefore"), Integer.MIN_VALUE, Integer.MAX_VALUE);
            DayOfWeek day = weekday(r.get("digestDay"));
            List<String> spaces = stringList(r.get("excludedSpaceKeys"));
            List<String> problems = ReminderSettings.problems(hour, days, day, spaces);
            if (!problems.isEmpty()) return error(400, "the settings were not saved", problems, null);
            return settings.changeSettings(new ReminderSettings(enabled, hour, days, day, spaces, version))
                    .map(saved -> Response.ok(adminJson(settings.adminView())).build())
                    .orElseGet(() -> error(409, "someone else changed the reminder settings; reload them", List.of(),
                            adminJson(settings.adminView())));
        });
    }

    @POST
    @Path("run")
    @Consumes(MediaType.APPLICATION_JSON)
    public RunResult runNow(Map<String, Object> request) {
        if (request != null && !request.isEmpty()) throw ApiErrors.badRequest("send an empty JSON object {} (or no body)");
        return admin(() -> {
            ReminderRun.Result result = settings.runNow();
            return new RunResult(result.ran(), result.message(), result.counts().queued(), result.counts().skipped(),
                    result.counts().alreadyDone());
        });
    }

    static <T> T admin(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (Refused e) {
            throw e.reason() == Refused.Reason.ANONYMOUS ? ApiErrors.error(401, e.getMessage()) : ApiErrors.forbidden(e.getMessage());
        }
    }

    /** Every field present, none unknown. */
    static Map<String, Object> fields(Map<String, Object> request, Set<String> allowed) {
        if (request == null) throw ApiErrors.badRequest("send a JSON object with " + String.join(", ", allowed.stream().sorted().toList()));
        RequestValues.noUnknownFields(request, allowed);
        for (String field : allowed) {
            if (!request.containsKey(field) || request.get(field) == null) throw ApiErrors.badRequest(field + " is required");
        }
        return request;
    }

    static boolean bool(Map<String, Object> r, String field) {
        if (r.get(field) instanceof Boolean b) return b;
        throw ApiErrors.badRequest(field + " must be true or false");
    }

    private static DayOfWeek weekday(Object value) {
        try {
            return DayOfWeek.valueOf(String.valueOf(value).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiErrors.badRequest("digestDay must be a weekday, MONDAY to SUNDAY");
        }
    }

    private static List<String> stringList(Object value) {
        if (!(value instanceof List<?> list)) throw ApiErrors.badRequest("excludedSpaceKeys must be a list of space keys");
        List<String> keys = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof String s)) throw ApiErrors.badRequest("excludedSpaceKeys must be a list of space keys");
            keys.add(s);
        }
        return keys;
    }

    static Response error(int status, String message, List<String> reasons, Object current) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new SettingsError(status, message, reasons, current)).build();
    }

    static AdminSettings adminJson(ReminderSettingsService.AdminView view) {
        ReminderSettings s = view.settings();
        LastRun last = view.lastRun().map(ReminderResource::lastRun).orElse(null);
        return new AdminSettings(s.enabled(), s.hour(), s.daysBefore(), s.digestDay().name(), s.excludedSpaceKeys(), s.version(),
                view.mailServerConfigured(), last);
    }

    private static LastRun lastRun(ReminderStore.RunRecord r) {
        return new LastRun(r.day().toString(), r.started() == null ? null : r.started().toString(),
                r.finished() == null ? null : r.finished().toString(), r.outcome().name(), r.message(),
                r.counts().queued(), r.counts().skipped(), r.counts().alreadyDone());
    }

    static MySettings myJson(PersonSettings s) {
        return new MySettings(s.reminders(), s.digest(), s.format().name(), s.version());
    }
}
