package io.meetingmemo.reminder.web;

import com.atlassian.annotations.security.LicensedOnly;
import io.meetingmemo.actionitem.app.ActionItems;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.macro.MacroRendering;
import io.meetingmemo.platform.Readers;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /plugins/servlet/meeting-memo/mark-done?item=N}, the "mark done" link of reminder mails: following the link
 * changes nothing. The signed-in person sees the item (if they may view it) and confirms with a button, which sends
 * {@code PUT /rest/meeting-memo/1.0/action-items/N/status} with the version shown; the item's permission rule is the
 * status endpoint's. Anonymous visitors log in first and come back here.
 */
@LicensedOnly
public final class MarkDoneServlet extends HttpServlet {
    static final List<String> LABELS = List.of("markDoneTitle", "markDoneConfirm", "markDoneButton", "markDoneDone",
            "markDoneAlready", "markDoneMissing", "markDoneFailed", "markDoneStale", "markDoneMemo", "markDoneDue", "markDoneOpen");

    private final transient MacroRendering rendering;
    private final transient ActionItems actionItems;
    private final transient Readers readers;

    public MarkDoneServlet(MacroRendering rendering, ActionItems actionItems, Readers readers) {
        this.rendering = rendering;
        this.actionItems = actionItems;
        this.readers = readers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (actionItems.callerIsAnonymous()) {
            String back = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/login.action?os_destination=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("item")).trim());
        } catch (NumberFormatException e) {
            id = -1;
        }
        ActionItem item = id > 0 ? actionItems.read(id).item() : null;
        var locale = rendering.viewerLocale();
        Map<String, Object> model = new HashMap<>();
        model.put("text", rendering.labels(locale, LABELS));
        model.put("found", item != null);
        if (item != null) {
            var presenter = readers.presenter(readers.today(), locale);
            model.put("itemId", item.id());
            model.put("version", item.version());
            model.put("itemText", presenter.text(item.text()));
            model.put("memoTitle", item.memoTitle() != null ? item.memoTitle() : item.pageTitle());
            model.put("due", presenter.date(item.dueDate(), FormatStyle.MEDIUM));
            model.put("pagePath", "/pages/viewpage.action?pageId=" + item.pageId());
            model.put("alreadyDone", item.status() == ActionStatus.DONE);
        }
        rendering.writePage(response, MacroRendering.MemoTemplate.MARK_DONE, model);
    }
}
