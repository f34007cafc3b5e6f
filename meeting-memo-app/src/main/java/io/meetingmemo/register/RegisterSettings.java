package io.meetingmemo.register;

import io.meetingmemo.actionitem.domain.ActionItemQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The settings of an action register (macro parameters or the "My action items" page) turned into the
 * query of {@code GET /action-items}. Only known parameters with checked values become query
 * parameters, each URL-encoded; nothing an author writes can change where the browser sends it.
 */
public record RegisterSettings(List<String> spaceKeys, String series, String assignee, boolean mine, String status,
                               DueWindow due, int pageSize) {
    public static final int DEFAULT_PAGE_SIZE = 25;
    private static final Set<String> STATUSES = Set.of("open", "done", "all");

    /** Which due dates the register shows. */
    public enum DueWindow { ANY, OVERDUE, WEEK, MONTH }

    public static RegisterSettings fromMacroParameters(Map<String, String> p) {
        List<String> spaces = new ArrayList<>();
        for (String key : value(p, "spaces", "").split(",")) if (!key.isBlank()) spaces.add(key.trim());
        String status = value(p, "status", "open").toLowerCase(Locale.ROOT);
        DueWindow due;
        try {
            due = DueWindow.valueOf(value(p, "due", "any").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            due = DueWindow.ANY;
        }
        int size;
        try {
            size = Math.max(1, Math.min(200, Integer.parseInt(value(p, "pageSize", String.valueOf(DEFAULT_PAGE_SIZE)))));
        } catch (NumberFormatException e) {
            size = DEFAULT_PAGE_SIZE;
        }
        String assignee = value(p, "assignee", "");
        return new RegisterSettings(spaces, blankToNull(value(p, "series", "")), blankToNull(assignee.split(",")[0]),
                Boolean.parseBoolean(value(p, "mine", "false")), STATUSES.contains(status) ? status : "open", due, size);
    }

    /** The current user's open items everywhere, overdue first (the list order puts earlier due dates first). */
    public static RegisterSettings myOpenItems() {
        return new RegisterSettings(List.of(), null, null, true, "open", DueWindow.ANY, 50);
    }

    /** Query string for {@code /rest/meeting-memo/1.0/action-items}, without limit and cursor. */
    public String query(LocalDate today) {
        List<String> parts = new ArrayList<>();
        parts.add("status=" + encode(status));
        for (String space : spaceKeys) parts.add("spaceKey=" + encode(space));
        if (series != null) parts.add("series=" + encode(series));
        if (mine) parts.add("assignee=me");
        else if (assignee != null) parts.add("assignee=" + encode(assignee));
        switch (due) {
            case OVERDUE -> parts.add("overdue=true");
            case WEEK -> parts.add("dueBefore=" + today.plusDays(8));
            case MONTH -> parts.add("dueBefore=" + today.plusDays(32));
            case ANY -> { }
        }
        return String.join("&", parts);
    }

    /**
     * The same selection as {@link #query}, for rendering rows on the server (exports and email, where
     * no script runs). {@code assigneeKey} is the resolved user key of {@code assignee} or of "me".
     */
    public ActionItemQuery toQuery(LocalDate today, String assigneeKey) {
        ActionItemQuery.StatusFilter statusFilter = ActionItemQuery.StatusFilter.valueOf(status.toUpperCase(Locale.ROOT));
        LocalDate dueBefore = switch (due) {
            case WEEK -> today.plusDays(8);
            case MONTH -> today.plusDays(32);
            default -> null;
        };
        return new ActionItemQuery(statusFilter, assigneeKey, spaceKeys, null, series, dueBefore, null,
                due == DueWindow.OVERDUE ? today : null, null, false);
    }

    private static String value(Map<String, String> p, String name, String fallback) {
        String v = p == null ? null : p.get(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }

    private static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
