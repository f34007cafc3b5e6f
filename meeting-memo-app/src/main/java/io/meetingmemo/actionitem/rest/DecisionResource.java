package io.meetingmemo.actionitem.rest;

import io.meetingmemo.decision.domain.DecisionFinder;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.meetingmemo.decision.app.DecisionLog;
import io.meetingmemo.decision.domain.DecisionPosition;
import io.meetingmemo.decision.domain.DecisionRecord;
import io.meetingmemo.platform.ItemPresenter;
import io.meetingmemo.platform.Readers;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /rest/meeting-memo/1.0/decisions}: the decisions written in memos, across pages and spaces, newest meeting
 * first, only those on pages the caller may view (filtered before paging by {@link DecisionLog}). A decision the
 * caller may not see is reported as not found, so ids reveal nothing.
 */
@Path("/decisions")
@Produces(MediaType.APPLICATION_JSON)
@AnonymousSiteAccess
public class DecisionResource {
    private final DecisionLog decisionLog;
    private final Readers readers;
    private final ApplicationProperties applicationProperties;

    @Inject
    public DecisionResource(DecisionLog decisionLog, Readers readers, ApplicationProperties applicationProperties) {
        this.decisionLog = decisionLog;
        this.readers = readers;
        this.applicationProperties = applicationProperties;
    }

    @GET
    public DecisionJson.DecisionPage list(@BeanParam DecisionFilterParams filters,
                                          @QueryParam("limit") @DefaultValue("50") String limit,
                                          @QueryParam("cursor") String cursor) {
        if (decisionLog.callerIsAnonymous()) throw ApiErrors.error(401, "log in to see decisions");
        DecisionPosition after = cursor == null || cursor.isBlank() ? null
                : DecisionPosition.fromCursor(cursor.trim()).orElseThrow(() -> ApiErrors.badRequest("cursor is not one this API returned"));
        DecisionFinder.Page page = decisionLog.list(filters.query(), after, RequestValues.intInRange("limit", limit, 1, DecisionLog.MAX_LIMIT));
        ItemPresenter presenter = readers.presenter(readers.today(), null);
        String baseUrl = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        return new DecisionJson.DecisionPage(page.decisions().stream().map(d -> json(d, presenter, baseUrl)).toList(),
                page.next() == null ? null : page.next().toCursor());
    }

    @GET
    @Path("{id}")
    public DecisionJson.Decision get(@PathParam("id") String rawId) {
        if (decisionLog.callerIsAnonymous()) throw ApiErrors.error(401, "log in to see decisions");
        long id = RequestValues.positiveLong("id", rawId);
        DecisionFinder.Listed listed = decisionLog.read(id).orElseThrow(() -> ApiErrors.error(404, "no decision " + id));
        return json(listed, readers.presenter(readers.today(), null), applicationProperties.getBaseUrl(UrlMode.CANONICAL));
    }

    static DecisionJson.Decision json(DecisionFinder.Listed listed, ItemPresenter presenter, String baseUrl) {
        DecisionRecord d = listed.decision().decision();
        return new DecisionJson.Decision(listed.decision().id(), d.pageId(), d.pageTitle(), d.spaceKey(),
                new ActionItemJson.MemoRef(d.memoKey(), d.memoTitle(), d.memoDate() == null ? null : d.memoDate().toString(), d.series()),
                presenter.text(d.text()), d.tags(), listed.actionItemIds(), listed.decision().removed(), DecisionLog.memoUrl(baseUrl, d));
    }
}
