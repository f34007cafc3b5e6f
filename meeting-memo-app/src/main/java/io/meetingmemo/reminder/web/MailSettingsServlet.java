package io.meetingmemo.reminder.web;

import com.atlassian.annotations.security.LicensedOnly;
import io.meetingmemo.memo.macro.MacroRendering;
import io.meetingmemo.reminder.app.ReminderSettingsService;
import io.meetingmemo.reminder.domain.PersonSettings;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /plugins/servlet/meeting-memo/mail-settings}: the signed-in person turns reminders and the weekly digest on
 * or off and picks HTML or plain-text mail; every mail's List-Unsubscribe points here. The form saves through
 * {@code PUT /rest/meeting-memo/1.0/my/settings} (JSON, with the version shown). Anonymous visitors log in first.
 */
@LicensedOnly
public final class MailSettingsServlet extends HttpServlet {
    static final List<String> LABELS = List.of("mailSettingsTitle", "mailSettingsIntro", "mailSettingsReminders",
            "mailSettingsDigest", "mailSettingsFormat", "mailSettingsHtml", "mailSettingsText", "mailSettingsSave",
            "mailSettingsSaved", "mailSettingsStale", "mailSettingsFailed");

    private final transient MacroRendering rendering;
    private final transient ReminderSettingsService settings;

    public MailSettingsServlet(MacroRendering rendering, ReminderSettingsService settings) {
        this.rendering = rendering;
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PersonSettings mine;
        try {
            mine = settings.mine();
        } catch (ReminderSettingsService.Refused anonymous) {
            String back = request.getRequestURI().substring(request.getContextPath().length());
            response.sendRedirect(request.getContextPath() + "/login.action?os_destination=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("text", rendering.labels(rendering.viewerLocale(), LABELS));
        model.put("reminders", mine.reminders());
        model.put("digest", mine.digest());
        model.put("textFormat", mine.format() == io.meetingmemo.mail.domain.OutgoingMail.MailFormat.TEXT);
        model.put("version", mine.version());
        rendering.writePage(response, MacroRendering.MemoTemplate.MAIL_SETTINGS, model);
    }
}
