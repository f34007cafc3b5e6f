package io.meetingmemo.actionitem.rest;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.sal.api.message.I18nResolver;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.meetingmemo.memo.blueprint.NextMeetingContextProvider;
import io.meetingmemo.series.app.NextMeeting;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/**
 * {@code GET /rest/meeting-memo/1.0/next-meeting?series=KEY&pageId=N}: where the next memo of a series goes and what it
 * is called, for the <em>Next meeting</em> button, which then creates it through Confluence's create-content REST
 * ({@code POST /rest/create-dialog/1.0/content-blueprint/create-content}). That request must name the space and the
 * parent page itself (Confluence resolves both before the blueprint's context provider runs), so the button asks here
 * first. Nothing is created or changed; the same use case checks everything again when the page is created.
 */
@Path("/next-meeting")
@Produces(MediaType.APPLICATION_JSON)
@AnonymousSiteAccess
public class NextMeetingResource {
    /** The blueprint the button creates from, as Confluence names it: the plugin key and the module key. */
    static final String BLUEPRINT = "io.meetingmemo.confluence:next-meeting-blueprint";

    private final NextMeeting nextMeeting;
    private final I18nResolver i18n;
    private final LocaleManager localeManager;

    @Inject
    public NextMeetingResource(NextMeeting nextMeeting, I18nResolver i18n, LocaleManager localeManager) {
        this.nextMeeting = nextMeeting;
        this.i18n = i18n;
        this.localeManager = localeManager;
    }

    /** The request the button sends to Confluence, less its context: {@code moduleCompleteKey}, space, parent, title. */
    public record Placement(
            @JsonProperty("moduleCompleteKey") String moduleCompleteKey,
            @JsonProperty("spaceKey") String spaceKey,
            @JsonProperty("parentPageId") Long parentPageId,
            @JsonProperty("title") String title,
            @JsonProperty("date") String date) {}

    @GET
    public Placement placement(@QueryParam("series") String series, @QueryParam("pageId") String pageId) {
        try {
            NextMeeting.NextMemo next = nextMeeting.prepare(series, pageId);
            return new Placement(BLUEPRINT, next.spaceKey(), next.parentPageId(), next.pageTitle(), next.date().toString());
        } catch (NextMeeting.Refused refused) {
            Locale locale = localeManager.getLocale(AuthenticatedUserThreadLocal.get());
            throw ApiErrors.error(NextMeetingContextProvider.status(refused.reason()),
                    NextMeetingContextProvider.message(refused, locale == null ? Locale.ENGLISH : locale, i18n));
        }
    }
}
