package io.meetingmemo.register;

import com.atlassian.confluence.macro.MacroExecutionException;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ActionItemFinder;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.macro.MacroRendering;
import io.meetingmemo.platform.ConfluenceUsers;
import io.meetingmemo.platform.MeetingMemoServices;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prepares and renders a register, for the macro and for the "My action items" page alike. */
final class RegisterRendering {
    static final List<String> LABELS = List.of("register", "myItems", "actionWhat", "actionOwner", "actionDue",
            "actionStatus", "page", "overdue", "statusOpen", "statusDone", "markDone", "markOpen", "statusConflict",
            "statusFailed", "loadMore", "filter", "sortBy", "sortDue", "sortOwner", "sortPage", "noItems", "loading",
            "loadFailed", "itemsShown", "exportCsv", "exportIcs");

    private final MacroRendering rendering;
    private final MeetingMemoServices services;

    RegisterRendering(MacroRendering rendering, MeetingMemoServices services) {
        this.rendering = rendering;
        this.services = services;
    }

    /** @param heading the register's title, or null for the macro's own */
    String render(RegisterSettings settings, boolean interactive, String heading) throws MacroExecutionException {
        Locale locale = rendering.viewerLocale();
        LocalDate today = services.today();
        Map<String, Object> register = new LinkedHashMap<>();
        register.put("query", settings.query(today));
        register.put("pageSize", settings.pageSize());
        register.put("heading", heading);
        List<Map<String, Object>> rows = interactive ? List.of() : firstPage(settings, today, locale);
        register.put("rows", rows);
        register.put("hasRows", !rows.isEmpty());
        Map<String, Object> model = new HashMap<>();
        model.put("register", register);
        model.put("text", rendering.labels(locale, LABELS));
        model.put("interactive", interactive);
        return rendering.render(MacroRendering.MemoTemplate.REGISTER, model);
    }

    /** The first page of rows, for outputs where no script runs. */
    private List<Map<String, Object>> firstPage(RegisterSettings settings, LocalDate today, Locale locale) {
        String assigneeKey = settings.mine() ? services.permissions().currentUserKey()
                : settings.assignee() == null ? null
                : services.users().byUsernameOrKey(settings.assignee()).map(ConfluenceUsers.Person::userKey).orElse(settings.assignee());
        if (settings.mine() && assigneeKey == null) return List.of();
        ActionItemFinder.Page page = services.finder().find(settings.toQuery(today, assigneeKey), null, settings.pageSize(),
                services.permissions());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Map<String, String> names = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ActionItem item : page.items()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("text", item.text());
            row.put("owner", item.assigneeKey() == null ? item.ownerName() : names.computeIfAbsent(item.assigneeKey(),
                    k -> services.users().byKey(k).map(ConfluenceUsers.Person::displayName).orElse(k)));
            row.put("due", item.dueDate() == null ? null : dates.format(item.dueDate()));
            row.put("overdue", item.isOverdue(today));
            row.put("statusLabel", rendering.text(locale, item.status() == ActionStatus.DONE ? "statusDone" : "statusOpen"));
            row.put("pageTitle", item.pageTitle());
            rows.add(row);
        }
        return rows;
    }
}
