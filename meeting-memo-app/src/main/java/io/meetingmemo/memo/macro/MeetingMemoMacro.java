package io.meetingmemo.memo.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import io.meetingmemo.actionitem.domain.TrackedItems;
import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.memo.domain.ParsedPage;
import io.meetingmemo.platform.MeetingMemoServices;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code meeting-memo} macro. Confluence hands a macro its body already rendered, so the structured
 * fields (attendees, guests, decisions, actions) are read from the page's storage format with the
 * domain parser; the n-th memo rendered on a page is the n-th memo in its storage. Tracked statuses
 * come from one query for the whole page, whatever the number of items.
 */
public final class MeetingMemoMacro implements Macro {
    /** Conversion-context property counting the memos already rendered in this render pass. */
    private static final String RENDER_INDEX = "io.meetingmemo.memo-render-index";
    static final List<String> LABELS = List.of("memo", "date", "time", "location", "series", "minutesBy",
            "attendees", "present", "absent", "guests", "contacts", "decisions", "actions", "actionWhat",
            "actionOwner", "actionDue", "actionStatus", "overdue", "missingHeading", "discussion",
            "contactOwner", "statusOpen", "statusDone", "markDone", "markOpen", "noActions", "statusConflict", "statusFailed");

    private final MacroRendering rendering;
    private final MeetingMemoServices services;

    public MeetingMemoMacro(MacroRendering rendering, MeetingMemoServices services) {
        this.rendering = rendering;
        this.services = services;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        Locale locale = rendering.viewerLocale();
        ContentEntityObject page = context == null ? null : context.getEntity();
        Memo memo = memoBeingRendered(page, context);
        TrackedItems tracked = page == null || memo == null || memo.actions().isEmpty()
                ? TrackedItems.none() : TrackedItems.of(services.repository().findByPage(page.getId()));
        MemoViewModel viewModel = new MemoViewModel(services.users(), locale, services.today(),
                name -> rendering.text(locale, name));

        Map<String, Object> model = new HashMap<>();
        model.put("memo", memo == null ? null : viewModel.memo(memo, tracked));
        model.put("fallbackTitle", parameters == null ? null : parameters.get("title"));
        model.put("bodyHtml", body == null ? "" : body);
        model.put("text", rendering.labels(locale, LABELS));
        model.put("interactive", MacroRendering.isInteractive(context));
        model.put("showProblems", context != null && "display".equals(context.getOutputType()));
        return rendering.render(MacroRendering.MemoTemplate.MEMO, model);
    }

    private Memo memoBeingRendered(ContentEntityObject page, ConversionContext context) {
        if (page == null || page.getBodyAsString() == null) return null;
        ParsedPage parsed = services.parser().parse(page.getBodyAsString());
        Object seen = context.getProperty(RENDER_INDEX);
        int index = seen instanceof Integer i ? i : 0;
        context.setProperty(RENDER_INDEX, index + 1);
        return index < parsed.memos().size() ? parsed.memos().get(index) : null;
    }

    @Override public BodyType getBodyType() { return BodyType.RICH_TEXT; }

    @Override public OutputType getOutputType() { return OutputType.BLOCK; }
}
