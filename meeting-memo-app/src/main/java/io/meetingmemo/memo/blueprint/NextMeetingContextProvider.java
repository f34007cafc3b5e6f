package io.meetingmemo.memo.blueprint;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.sal.api.message.I18nResolver;
import io.meetingmemo.memo.domain.StorageFormatWriter;
import io.meetingmemo.series.app.NextMeeting;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fills the "Next meeting" blueprint ({@code next-meeting-blueprint}), which the memo's <em>Next meeting</em> button
 * creates directly through Confluence's {@code POST /rest/create-dialog/1.0/content-blueprint/create-content} (it is
 * not offered in the Create dialog). The request's {@code context} names the series ({@code seriesKey}) and the page
 * the button is on ({@code pageId}); the use case {@link NextMeeting} prepares the memo for the caller, permission
 * checked, and this provider puts it into the template: header parameters, attendees, guests, the caller as
 * minute-taker and an agenda whose first point names the carried-over items. Every user text is escaped here, since
 * the {@code at:rawxhtml} values go into the page as storage format.
 *
 * <p>A provider of its own rather than an extended {@link NewMemoContextProvider}: the Create dialog's blueprint has no
 * series and never refuses, while this one must refuse a request without a valid series and page. In Confluence the
 * provider runs inside {@code DefaultContentBlueprintService.createPage} before anything is saved (create-content
 * plugin 18.7.17, {@code DefaultBlueprintContentGenerator.getContentTemplateContext}), so a refusal thrown here leaves
 * nothing behind. It is thrown as a {@link WebApplicationException} carrying Confluence's create-content error body
 * ({@code errorCode}, {@code errorType}, {@code errorData}, {@code errorMessage}: {@code ResourceErrorBean}), which the
 * plugin's {@code RestExceptionMapper} answers unchanged ({@code exception.getResponse()}) and which Jersey answers the
 * same way without a mapper. [U] that 10.2's create-content plugin still maps exceptions so: read from its 8.7.2-era
 * decompile (GitHub ngannk-fptu/Decompiled-Files e0c88ec5); see docs/next-meeting.md.
 */
public final class NextMeetingContextProvider extends AbstractBlueprintContextProvider {
    /** The request context's keys the button sends. */
    public static final String SERIES_KEY = "seriesKey";
    public static final String PAGE_ID = "pageId";
    static final String MEMO_TITLE = "memoTitle";
    static final String MEMO_DATE = "memoDate";
    static final String MEMO_TIME = "memoTime";
    static final String MEMO_PLACE = "memoPlace";
    static final String SERIES = "memoSeries";
    /** Storage-format values, inserted with {@code at:rawxhtml="true"}. */
    static final String ATTENDEES = "attendees";
    static final String CREATOR = "creator";
    static final String GUESTS = "guests";
    static final String CARRIED_AGENDA = "carriedAgenda";

    private final NextMeeting nextMeeting;
    private final I18nResolver i18n;
    private final LocaleManager localeManager;

    @SuppressWarnings("deprecation") // the base class's other constructor takes a helper apps cannot construct
    public NextMeetingContextProvider(NextMeeting nextMeeting, I18nResolver i18n, LocaleManager localeManager) {
        this.nextMeeting = nextMeeting;
        this.i18n = i18n;
        this.localeManager = localeManager;
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        Locale locale = localeManager.getLocale(AuthenticatedUserThreadLocal.get());
        if (locale == null) locale = Locale.ENGLISH;
        NextMeeting.NextMemo next;
        try {
            // A request without a context hands the provider no map at all (Confluence wraps the request's own map).
            boolean noContext = context.getMap() == null;
            next = nextMeeting.prepare(noContext ? null : text(context.get(SERIES_KEY)), noContext ? null : text(context.get(PAGE_ID)));
        } catch (NextMeeting.Refused refused) {
            throw refusal(refused, locale, i18n);
        }
        context.put(MEMO_TITLE, next.memoTitle());
        context.put(MEMO_DATE, next.date().toString());
        context.put(MEMO_TIME, next.time() == null ? "" : next.time());
        context.put(MEMO_PLACE, next.place() == null ? "" : next.place());
        context.put(SERIES, next.seriesKey());
        context.put(ATTENDEES, StorageFormatWriter.users(next.attendees()));
        context.put(CREATOR, next.minutesByKey() == null ? "" : StorageFormatWriter.userByKey(next.minutesByKey()));
        context.put(GUESTS, StorageFormatWriter.guests(next.guests()));
        context.put(CARRIED_AGENDA, carriedAgenda(next, locale));
        context.setTitle(next.pageTitle());
        return context;
    }

    /** The agenda's first point: how many items come over, then their texts (escaped), as storage format. */
    private String carriedAgenda(NextMeeting.NextMemo next, Locale locale) {
        List<String> items = new ArrayList<>(next.carried());
        if (!items.isEmpty() && next.carriedMore()) items.add(i18n.getText(locale, "meeting-memo.next.agenda.more"));
        return StorageFormatWriter.paragraphWithList(i18n.getText(locale, "meeting-memo.next.agenda.carried", next.carriedCount()), items);
    }

    /**
     * A refusal as Confluence's create-content REST answers one: 400 for a request that names no valid series or page,
     * 404 for one the caller does not see, 401 for nobody signed in; the message in the caller's language.
     */
    static WebApplicationException refusal(NextMeeting.Refused refused, Locale locale, I18nResolver i18n) {
        int status = status(refused.reason());
        String message = message(refused, locale, i18n);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errorCode", status);
        body.put("errorType", switch (refused.reason()) {
            case MISSING -> "PARAMETER:MISSING";
            case ANONYMOUS -> "PERMISSION:ANONYMOUS:CREATE:PAGE";
            case PAGE_NOT_FOUND, UNKNOWN_SERIES -> "NOT_FOUND";
            case INVALID, NOT_IN_SERIES -> "INVALID:ENTITY";
        });
        body.put("errorData", refused.value());
        body.put("errorMessage", message);
        return new WebApplicationException(message,
                Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
    }

    /** The HTTP status of a refusal, the same from the blueprint and from the REST lookup. */
    public static int status(NextMeeting.Reason reason) {
        return switch (reason) {
            case MISSING, INVALID, NOT_IN_SERIES -> 400;
            case ANONYMOUS -> 401;
            case PAGE_NOT_FOUND, UNKNOWN_SERIES -> 404;
        };
    }

    /** What a refusal tells the caller, in their language. */
    public static String message(NextMeeting.Refused refused, Locale locale, I18nResolver i18n) {
        return switch (refused.reason()) {
            case MISSING -> text(i18n, locale, "missing", refused.value());
            case INVALID -> text(i18n, locale, "invalid", refused.value(), refused.getMessage());
            case ANONYMOUS -> text(i18n, locale, "anonymous");
            case PAGE_NOT_FOUND -> text(i18n, locale, "not-found", refused.value());
            case UNKNOWN_SERIES -> text(i18n, locale, "unknown-series", refused.value());
            case NOT_IN_SERIES -> text(i18n, locale, "not-in-series", refused.value());
        };
    }

    private static String text(I18nResolver i18n, Locale locale, String reason, Serializable... values) {
        return i18n.getText(locale, "meeting-memo.next.error." + reason, values);
    }

    /** A context value as the JSON request gave it: a string, or a number written out. */
    private static String text(Object value) {
        if (value == null) return null;
        if (value instanceof Number n) return String.valueOf(n.longValue() == n.doubleValue() ? String.valueOf(n.longValue()) : n.toString());
        return value.toString();
    }
}
