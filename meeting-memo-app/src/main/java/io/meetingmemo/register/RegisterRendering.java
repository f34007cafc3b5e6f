package io.meetingmemo.register;

import io.meetingmemo.actionitem.app.ActionItems;
import com.atlassian.confluence.macro.MacroExecutionException;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ActionItemFinder;
import io.meetingmemo.actionitem.domain.ActionItemQuery;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.macro.MacroRendering;
import io.meetingmemo.platform.ConfluenceUsers;
import io.meetingmemo.platform.ItemPresenter;
import io.meetingmemo.platform.Readers;
import java.time.LocalDate;
import java.text.NumberFormat;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prepares and renders a register, for the macro and for the "My action items" page alike. */
final class RegisterRendering {
    static final List<String> LABELS = List.of("register", "myItems", "actionWhat", "actionOwner", "actionFollowUp", "actionDue",
            "actionStatus", "page", "overdue", "statusOpen", "statusDone", "markDone", "markOpen", "statusConflict",
            "statusFailed", "loadMore", "filter", "noItems", "loading", "loadFailed", "itemShown", "itemsShown",
            "exportCsv", "exportIcs", "allOnThePage");
    /**
     * The most rows a register shows where no script runs (PDF, Word, email); past it, a note says how many
     * match and links to the register's page.
     */
    static final int STATIC_LIMIT = ActionItemFinder.MAX_LIMIT;

    private final MacroRendering rendering;
    private final ActionItems actionItems;
    private final Readers readers;

    RegisterRendering(MacroRendering rendering, ActionItems actionItems, Readers readers) {
        this.rendering = rendering;
        this.actionItems = actionItems;
        this.readers = readers;
    }

    /**
     * @param heading the register's title, or null for the macro's own
     * @param pageUrl where the register can be read in full (its page), or null
     */
    String render(RegisterSettings settings, boolean interactive, String heading, String pageUrl) throws MacroExecutionException {
        Locale locale = rendering.viewerLocale();
        LocalDate today = readers.today();
        Map<String, Object> register = new LinkedHashMap<>();
        register.put("query", settings.query(today));
        register.put("pageSize", settings.pageSize());
        register.put("heading", heading);
        register.put("truncated", false);
        List<Map<String, Object>> rows = interactive ? List.of() : staticRows(settings, today, locale, register);
        if (Boolean.TRUE.equals(register.get("truncated"))) register.put("pageUrl", pageUrl);
        register.put("rows", rows);
        register.put("hasRows", !rows.isEmpty());
        Map<String, Object> model = new HashMap<>();
        model.put("register", register);
        model.put("text", rendering.labels(locale, LABELS));
        model.put("interactive", interactive);
        return rendering.render(MacroRendering.MemoTemplate.REGISTER, model);
    }

    /**
     * Every matching row up to {@link #STATIC_LIMIT}, for outputs where no script runs; when more match,
     * {@code register.truncated} and {@code register.truncatedNote} ("Showing 200 of 1,234 action items.").
     */
    private List<Map<String, Object>> staticRows(RegisterSettings settings, LocalDate today, Locale locale,
                                                 Map<String, Object> register) {
        String assigneeKey = settings.mine() ? actionItems.callerKey()
                : settings.assignee() == null ? null
                : readers.users().byUsernameOrKey(settings.assignee()).map(ConfluenceUsers.Person::userKey).orElse(settings.assignee());
        if (settings.mine() && assigneeKey == null) return List.of();
        ActionItemQuery query = settings.toQuery(today, assigneeKey);
        ActionItemFinder.Page page = actionItems.list(query, null, STATIC_LIMIT);
        if (page.next() != null) {
            int total = page.items().size() + actionItems.countAfter(query, page.next());
            NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
            register.put("truncated", true);
            register.put("truncatedNote", rendering.text(locale, "showingOf")
                    .replace("{0}", numbers.format(page.items().size())).replace("{1}", numbers.format(total)));
        }
        ItemPresenter presenter = readers.presenter(today, locale);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ActionItem item : page.items()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("text", presenter.text(item.text()));
            row.put("owner", presenter.owner(item));
            row.put("followUp", presenter.followUp(item));
            row.put("due", presenter.date(item.dueDate(), FormatStyle.MEDIUM));
            row.put("overdue", presenter.overdue(item));
            row.put("statusLabel", rendering.text(locale, item.status() == ActionStatus.DONE ? "statusDone" : "statusOpen"));
            row.put("pageTitle", item.pageTitle());
            rows.add(row);
        }
        return rows;
    }
}
