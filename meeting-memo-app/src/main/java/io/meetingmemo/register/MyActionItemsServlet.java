package io.meetingmemo.register;

import io.meetingmemo.actionitem.app.ActionItems;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.confluence.macro.MacroExecutionException;
import io.meetingmemo.memo.macro.MacroRendering;
import io.meetingmemo.platform.Readers;
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
 * "My action items" ({@code /plugins/servlet/meeting-memo/my-action-items}): the signed-in user's open
 * items across all spaces, overdue first, reached from the user menu. Anonymous visitors are sent to
 * Confluence's login page and come back here.
 */
@LicensedOnly
public final class MyActionItemsServlet extends HttpServlet {
    private final transient MacroRendering rendering;
    private final transient ActionItems actionItems;
    private final transient RegisterRendering register;

    public MyActionItemsServlet(MacroRendering rendering, ActionItems actionItems, Readers readers) {
        this.rendering = rendering;
        this.actionItems = actionItems;
        this.register = new RegisterRendering(rendering, actionItems, readers);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (actionItems.callerIsAnonymous()) {
            String back = request.getRequestURI().substring(request.getContextPath().length());
            response.sendRedirect(request.getContextPath() + "/login.action?os_destination="
                    + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        try {
            Map<String, Object> model = new HashMap<>();
            model.put("text", rendering.labels(rendering.viewerLocale(), List.of("myItems")));
            model.put("registerHtml", register.render(RegisterSettings.myOpenItems(), true, null, null));
            String html = rendering.render(MacroRendering.MemoTemplate.MY_ACTION_ITEMS, model);
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(html);
        } catch (MacroExecutionException e) {
            throw new IOException("cannot render my action items", e);
        }
    }
}
