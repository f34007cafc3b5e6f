package io.meetingmemo.actionitem.admin;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.confluence.macro.MacroExecutionException;
import io.meetingmemo.actionitem.app.TrackerMaintenance;
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
            "adminStop", "adminProgress", "adminDone", "adminStopped", "adminFailed", "adminFailedPages", "adminError");

    private final transient MacroRendering rendering;
    private final transient TrackerMaintenance tracker;

    public TrackerAdminServlet(MacroRendering rendering, TrackerMaintenance tracker) {
        this.rendering = rendering;
        this.tracker = tracker;
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
            String html = rendering.render(MacroRendering.MemoTemplate.TRACKER_ADMIN, model);
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(html);
        } catch (MacroExecutionException e) {
            throw new IOException("cannot render the tracker's administration page", e);
        }
    }
}
