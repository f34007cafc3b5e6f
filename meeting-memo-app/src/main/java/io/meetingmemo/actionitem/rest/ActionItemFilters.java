package io.meetingmemo.actionitem.rest;

import io.meetingmemo.actionitem.domain.ActionItemQuery;
import io.meetingmemo.platform.Readers;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The filters of an action-item list (paging aside), shared by the JSON list and the CSV and iCalendar exports so
 * that a link copied from one works in the others. Read strictly: a malformed value is a 400 with the
 * reason.
 */
public class ActionItemFilters {
    /** The longest search text: longer is no sentence anyone searches for, and would only make the query slower. */
    static final int MAX_TEXT_LENGTH = 500;

    @QueryParam("status") @DefaultValue("open") String status;
    @QueryParam("assignee") String assignee;
    @QueryParam("spaceKey") List<String> spaceKeys;
    @QueryParam("pageId") String pageId;
    @QueryParam("series") String series;
    @QueryParam("dueBefore") String dueBefore;
    @QueryParam("dueAfter") String dueAfter;
    @QueryParam("overdue") @DefaultValue("false") String overdue;
    @QueryParam("q") String text;
    @QueryParam("includeRemoved") @DefaultValue("false") String includeRemoved;

    /** @param callerKey who is asking (for {@code assignee=me}), or null when anonymous */
    ActionItemQuery query(Readers readers, String callerKey, LocalDate today) {
        return new ActionItemQuery(statusFilter(), assigneeKey(readers, callerKey),
                spaceKeys == null ? List.of() : spaceKeys.stream().filter(s -> !s.isBlank()).map(String::trim).distinct().toList(),
                pageId == null || pageId.isBlank() ? null : RequestValues.positiveLong("pageId", pageId),
                RequestValues.blankToNull(series), RequestValues.date("dueBefore", dueBefore), RequestValues.date("dueAfter", dueAfter),
                RequestValues.bool("overdue", overdue) ? today : null, searchText(),
                RequestValues.bool("includeRemoved", includeRemoved));
    }

    private String searchText() {
        String q = RequestValues.blankToNull(text);
        if (q != null && q.length() > MAX_TEXT_LENGTH) throw ApiErrors.badRequest("q must be at most " + MAX_TEXT_LENGTH + " characters");
        return q;
    }

    private String assigneeKey(Readers readers, String callerKey) {
        if (assignee == null || assignee.isBlank()) return null;
        if (assignee.trim().equals("me")) {
            if (callerKey == null) throw ApiErrors.unauthorized();
            return callerKey;
        }
        return readers.users().byUsernameOrKey(assignee.trim())
                .orElseThrow(() -> ApiErrors.badRequest("no user with username or key \"" + assignee.trim() + "\""))
                .userKey();
    }

    private ActionItemQuery.StatusFilter statusFilter() {
        return switch (status.trim().toLowerCase(Locale.ROOT)) {
            case "open" -> ActionItemQuery.StatusFilter.OPEN;
            case "done" -> ActionItemQuery.StatusFilter.DONE;
            case "all" -> ActionItemQuery.StatusFilter.ALL;
            default -> throw ApiErrors.badRequest("status must be open, done or all");
        };
    }
}
