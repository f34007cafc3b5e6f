package io.meetingmemo.actionitem.admin;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.confluence.macro.MacroExecutionException;
import io.meetingmemo.actionitem.app.TrackerMaintenance;
import io.meetingmemo.reminder.app.ReminderSettingsService;
import io.meetingmemo.reminder.domain.ReminderSettings;
import io.meetingmemo.memo.macro.MacroRendering;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The administrators' page of the tracker ({@code /plugins/servlet/meeting-memo/admin}, linked from Confluence's
 * administration under Configuration): re-syncs every page, or one space's, batch after batch through
 * {@code POST /rest/meeting-memo/1.0/admin/resync}, showing how many spaces and pages are done, what changed and
 * which pages failed. After an upgrade this is how existing memos get their records. Others get 403; anonymous
 * visitors are sent to log in.
 */
@AdminOnly
public final class TrackerAdminServlet extends HttpServlet {
    static final List<String> LABELS = List.of("adminTitle", "adminIntro", "adminSpace", "adminAllSpaces", "adminStart",
            "adminStop", "adminProgress", "adminDone", "adminStopped", "adminFailed", "adminFailedPages", "adminError",
            "remindersTitle", "remindersIntro", "remindersEnabled", "remindersHour", "remindersDaysBefore", "remindersDigestDay",
            "remindersExcluded", "remindersSave", "remindersRun", "remindersNoMail", "remindersLastRun", "remindersNeverRun",
            "remindersSaved", "remindersStale", "remindersFailed");

    private final transient MacroRendering rendering;
    private final transient TrackerMaintenance tracker;
    private final transient ReminderSettingsService reminders;

    public TrackerAdminServlet(MacroRendering rendering, TrackerMaintenance tracker, ReminderSettingsService reminders) {
        this.rendering = rendering;
        this.tracker = tracker;
        this.reminders = reminders;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (tracker.callerIsAnonymous()) {
            String back = request.getRequestURI().substring(request.getContextPath().length());
            response.sendRedirect(request.getContextPath() + "/login.action?os_destination=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        List<String> spaces;
        try {
            spaces = tracker.spacesToResync();
        } catch (TrackerMaintenance.Refused refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, refused.getMessage());
            return;
        }
        try {
            Locale locale = rendering.viewerLocale();
            Map<String, Object> model = new HashMap<>();
            model.put("text", rendering.labels(locale, LABELS));
            model.put("spaces", spaces);
            model.put("spaceList", String.join(" ", spaces)); // space keys have no spaces
            model.put("spaceCount", Math.max(1, spaces.size()));
            putReminders(model);
            String html = rendering.render(MacroRendering.MemoTemplate.TRACKER_ADMIN, model);
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(html);
        } catch (MacroExecutionException e) {
            throw new IOException("cannot render the tracker's administration page", e);
        }
    }

    /** The reminder section: the settings as stored, whether mail can be sent, and the last run. */
    private void putReminders(Map<String, Object> model) {
        ReminderSettingsService.AdminView view = reminders.adminView();
        ReminderSettings r = view.settings();
        model.put("reminderEnabled", r.enabled());
        model.put("reminderHour", r.hour());
        model.put("reminderDaysBefore", r.daysBefore());
        model.put("reminderDigestDay", r.digestDay().name());
        model.put("reminderExcluded", String.join(" ", r.excludedSpaceKeys()));
        model.put("reminderVersion", r.version());
        model.put("mailServerConfigured", view.mailServerConfigured());
        model.put("hours", java.util.stream.IntStream.rangeClosed(0, 23).boxed().toList());
        Locale locale = rendering.viewerLocale();
        model.put("weekdays", java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(d -> Map.of("value", d.name(), "label", d.getDisplayName(java.time.format.TextStyle.FULL, locale))).toList());
        model.put("lastRun", view.lastRun().map(run -> run.day() + " · " + run.outcome().name()
                + (run.message() == null ? "" : " · " + run.message())).orElse(null));
    }
}
