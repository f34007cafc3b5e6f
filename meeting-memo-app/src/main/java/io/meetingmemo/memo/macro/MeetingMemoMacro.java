package io.meetingmemo.memo.macro;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.minutes.app.SendMinutes;
import io.meetingmemo.minutes.domain.MinutesSendRepository.SendSummary;

import io.meetingmemo.memo.app.MemoPages;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.xhtml.api.MacroDefinition;
import io.meetingmemo.actionitem.domain.TrackedItems;
import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.memo.domain.MemoLookup;
import io.meetingmemo.platform.Readers;
import io.meetingmemo.series.domain.SeriesKey;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code meeting-memo} macro. Confluence hands a macro its body already rendered, so the structured
 * fields (attendees, guests, decisions, actions) are read from the page's storage format with the
 * domain parser, and the memo is found by the macro's own {@code ac:macro-id} ({@link MemoLookup}).
 * A page is parsed once per render and its tracked statuses come from one query, however many memos
 * and items it holds: both are kept in the conversion context, which lives for one render.
 */
public final class MeetingMemoMacro implements Macro {
    /** Conversion-context property under which Confluence hands a macro its definition (and macro id). */
    private static final String MACRO_DEFINITION = "macroDefinition";
    /** Conversion-context property prefix for this render's parsed page, per page id. */
    private static final String PAGE_MEMOS = "io.meetingmemo.page-memos.";
    static final List<String> LABELS = List.of("memo", "date", "time", "location", "series", "minutesBy",
            "attendees", "present", "absent", "guests", "contacts", "decisions", "actions", "actionWhat",
            "actionOwner", "actionDue", "actionStatus", "overdue", "missingHeading", "discussion",
            "contactOwner", "statusOpen", "statusDone", "markDone", "markOpen", "noActions", "statusConflict", "statusFailed",
            "carriedOver", "carriedFrom", "carriedMore", "actionFollowUp");
    /** Carried-over items a memo shows; the rest are in the registers (filter by series). */
    static final int MAX_CARRIED = 50;

    private final MacroRendering rendering;
    private final MemoPages memoPages;
    private final Readers readers;
    private final ApplicationProperties applicationProperties;
    private final SendMinutes sendMinutes;

    public MeetingMemoMacro(MacroRendering rendering, MemoPages memoPages, Readers readers,
                            ApplicationProperties applicationProperties, SendMinutes sendMinutes) {
        this.sendMinutes = sendMinutes;
        this.memoPages = memoPages;
        this.rendering = rendering;
        this.readers = readers;
        this.applicationProperties = applicationProperties;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        Locale locale = rendering.viewerLocale();
        PageMemos page = pageMemos(context);
        Memo memo = page == null ? null : page.lookup.memoFor(macroId(context), parameters).orElse(null);
        TrackedItems tracked = memo == null || memo.actions().isEmpty() ? TrackedItems.none() : page.tracked();
        MemoViewModel viewModel = new MemoViewModel(readers, memoPages.statusChangeCheck(), locale, readers.today(),
                name -> rendering.text(locale, name));

        Map<String, Object> model = new HashMap<>();
        Map<String, Object> memoView = memo == null ? null : viewModel.memo(memo, tracked);
        if (memoView != null) {
            addCarriedOver(memoView, memo, viewModel, locale);
            addSeriesProblem(memoView, parameters, locale);
            page.lookup.earlierOfSameMeeting(memo).ifPresent(first -> addMissing(memoView,
                    rendering.text(locale, "missingOwnDate", memo.series(), first.title() != null ? first.title() : first.key())));
        }
        model.put("memo", memoView);
        model.put("fallbackTitle", parameters == null ? null : parameters.get("title"));
        model.put("bodyHtml", body == null ? "" : body);
        model.put("text", rendering.labels(locale, LABELS));
        model.put("interactive", MacroRendering.isInteractive(context));
        model.put("showProblems", context != null && "display".equals(context.getOutputType()));
        model.put("nextMeeting", nextMeeting(memo, context, locale));
        model.put("minutes", minutes(memo, page, context, locale));
        return rendering.render(MacroRendering.MemoTemplate.MEMO, model);
    }

    /**
     * The open items of the series' earlier memos, unless the memo opts out with {@code carry-over=false}: each
     * with the memo it came from, days open and at how many meetings it has come up since.
     */
    private void addCarriedOver(Map<String, Object> memoView, Memo memo, MemoViewModel viewModel, Locale locale) {
        MemoPages.CarriedOver carried = memo.carryOver() ? memoPages.carriedInto(memo, MAX_CARRIED) : MemoPages.CarriedOver.NONE;
        String pageLink = applicationProperties.getBaseUrl(UrlMode.RELATIVE) + "/pages/viewpage.action?pageId=";
        Map<Long, Integer> meetings = carried.items().isEmpty() ? Map.of() : memoPages.meetingsSince(memo, carried.items());
        memoView.put("carried", carried.items().stream().map(item -> viewModel.carried(item, pageLink,
                rendering.text(locale, "daysOpen", viewModel.daysOpen(item)),
                meetings.containsKey(item.id()) ? rendering.text(locale, "cameUp", meetings.get(item.id())) : null)).toList());
        memoView.put("hasCarried", !carried.items().isEmpty());
        memoView.put("carriedMore", carried.more());
    }

    /**
     * A {@code series} the parser refused (it keeps the memo out of every series) is listed with what the memo is
     * missing, so that its author sees why no items are carried over.
     */
    private void addSeriesProblem(Map<String, Object> memoView, Map<String, String> parameters, Locale locale) {
        String series = parameters == null ? null : parameters.get("series");
        if (series == null || series.isBlank() || SeriesKey.isValid(series.trim())) return;
        addMissing(memoView, rendering.text(locale, "missingSeries", series.trim()));
    }

    private static void addMissing(Map<String, Object> memoView, String what) {
        List<Object> missing = new java.util.ArrayList<>((List<?>) memoView.get("missing"));
        missing.add(what);
        memoView.put("missing", missing);
        memoView.put("hasMissing", true);
    }

    /**
     * The "Next meeting" button of a memo with a series, on screen only (view and preview, never in PDF, Word, email or
     * feeds, which have no script): the series' key and the page, which the button's script sends to Confluence's
     * create-content REST for the next-meeting blueprint; null when the memo shows no button.
     */
    private Map<String, Object> nextMeeting(Memo memo, ConversionContext context, Locale locale) {
        if (memo == null || memo.series() == null || !MacroRendering.isInteractive(context) || context.getEntity() == null) return null;
        Map<String, Object> next = new HashMap<>();
        next.put("series", memo.series());
        next.put("pageId", String.valueOf(context.getEntity().getId()));
        next.put("label", rendering.textOfKey(locale, "meeting-memo.next.button"));
        next.put("failed", rendering.textOfKey(locale, "meeting-memo.next.failed"));
        next.put("working", rendering.textOfKey(locale, "meeting-memo.next.working"));
        return next;
    }

    /** Labels of the "Send minutes" preview, handed to its script as data attributes. */
    static final List<String> MINUTES_LABELS = List.of("title", "canView", "cannotView", "send", "resend", "cancel", "working",
            "sending", "failed", "stale", "noRecipients", "subject", "roleAttendee", "roleAbsent", "roleGuest",
            "skipNoAddress", "skipInvalidAddress", "skipDeactivated", "skipUnknownUser");

    /**
     * "Sent to 7 people on 29.11.2026" under a memo whose minutes were sent, and the "Send minutes" button for the page's
     * editors, on screen only (no script in exports or email): disabled, with the reason, when Confluence has no outgoing
     * mail server. Null when the memo shows neither.
     */
    private Map<String, Object> minutes(Memo memo, PageMemos page, ConversionContext context, Locale locale) {
        if (memo == null || page == null || !MacroRendering.isInteractive(context)) return null;
        SendSummary latest = page.minutesSent().get(ActionItem.stored(memo.key()));
        boolean maySend = page.maySendMinutes();
        if (latest == null && !maySend) return null;
        Map<String, Object> minutes = new HashMap<>();
        String sentOn = latest == null ? null : readers.presenter(readers.today(), locale)
                .date(readers.dayOf(latest.sentAt()), java.time.format.FormatStyle.MEDIUM);
        minutes.put("sent", latest == null ? null : rendering.textOfKey(locale, "meeting-memo.minutes.sent", latest.queuedCount(), sentOn));
        minutes.put("resendWarning", latest == null ? null : rendering.textOfKey(locale, "meeting-memo.minutes.resendWarning", sentOn));
        if (maySend) {
            boolean mail = sendMinutes.mailAvailable();
            minutes.put("button", rendering.textOfKey(locale, "meeting-memo.minutes.button"));
            minutes.put("disabledReason", mail ? null : rendering.textOfKey(locale, "meeting-memo.minutes.noMail"));
            minutes.put("pageId", String.valueOf(context.getEntity().getId()));
            minutes.put("pageVersion", String.valueOf(context.getEntity().getVersion()));
            minutes.put("memoKey", memo.key());
            minutes.put("labels", rendering.labels(locale, "meeting-memo.minutes.preview.", MINUTES_LABELS));
        }
        return minutes;
    }

    /** The page being rendered, parsed once for this render; null when there is no page body. */
    private PageMemos pageMemos(ConversionContext context) {
        ContentEntityObject page = context == null ? null : context.getEntity();
        if (page == null) return null;
        String property = PAGE_MEMOS + page.getId();
        if (context.getProperty(property) instanceof PageMemos cached) return cached;
        String storage = page.getBodyAsString();
        if (storage == null) return null;
        PageMemos parsed = new PageMemos(page.getId(), new MemoLookup(memoPages.parseRendered(storage)));
        context.setProperty(property, parsed);
        return parsed;
    }

    private static String macroId(ConversionContext context) {
        if (context == null || !(context.getProperty(MACRO_DEFINITION) instanceof MacroDefinition definition)) return null;
        return definition.getMacroIdentifier().map(MacroId::getId).orElse(null);
    }

    /** One page's memos and, read on first need, its tracked items. */
    private final class PageMemos {
        private final long pageId;
        private final MemoLookup lookup;
        private TrackedItems tracked;

        PageMemos(long pageId, MemoLookup lookup) {
            this.pageId = pageId;
            this.lookup = lookup;
        }

        TrackedItems tracked() {
            if (tracked == null) tracked = memoPages.trackedOnRenderedPage(pageId);
            return tracked;
        }

        private Map<String, SendSummary> minutesSent;
        private Boolean maySendMinutes;

        /** The latest send of each memo's minutes on this page (one query per render). */
        Map<String, SendSummary> minutesSent() {
            if (minutesSent == null) minutesSent = sendMinutes.latestOnRenderedPage(pageId);
            return minutesSent;
        }

        /** Whether the reader may send this page's minutes: an editor of the page (asked once per render). */
        boolean maySendMinutes() {
            if (maySendMinutes == null) maySendMinutes = sendMinutes.maySend(pageId);
            return maySendMinutes;
        }
    }

    @Override public BodyType getBodyType() { return BodyType.RICH_TEXT; }

    @Override public OutputType getOutputType() { return OutputType.BLOCK; }
}
