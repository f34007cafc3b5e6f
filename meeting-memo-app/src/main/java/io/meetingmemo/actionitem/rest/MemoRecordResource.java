package io.meetingmemo.actionitem.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.MemoPosition;
import io.meetingmemo.actionitem.domain.MemoQuery;
import io.meetingmemo.memo.app.MemoRecords;
import io.meetingmemo.memo.domain.MemoRecord;
import io.meetingmemo.platform.ItemPresenter;
import io.meetingmemo.platform.Readers;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /rest/meeting-memo/1.0/memos}: the memos the tracker recorded when their pages were saved, across pages and
 * spaces, newest meeting first (memos without a date last), only those on pages the caller may view, each with its
 * tracked actions open and done now. Filters are read strictly: a malformed one is a 400 with the reason.
 */
@Path("/memos")
@Produces(MediaType.APPLICATION_JSON)
@AnonymousSiteAccess
public class MemoRecordResource {
    /** The longest series filter: far beyond any series a page names, short enough to be no burden to the query. */
    static final int MAX_SERIES_LENGTH = 1000;

    private final MemoRecords memoRecords;
    private final Readers readers;
    private final ApplicationProperties applicationProperties;

    @Inject
    public MemoRecordResource(MemoRecords memoRecords, Readers readers, ApplicationProperties applicationProperties) {
        this.memoRecords = memoRecords;
        this.readers = readers;
        this.applicationProperties = applicationProperties;
    }

    @GET
    public MemoJson.MemoSummaryPage list(@QueryParam("spaceKey") List<String> spaceKeys,
                                         @QueryParam("series") String series,
                                         @QueryParam("withoutSeries") @DefaultValue("false") String withoutSeries,
                                         @QueryParam("from") String from,
                                         @QueryParam("to") String to,
                                         @QueryParam("limit") @DefaultValue("50") String limit,
                                         @QueryParam("next") String next) {
        if (memoRecords.callerIsAnonymous()) throw ApiErrors.error(401, "log in to see memos");
        LocalDate first = RequestValues.date("from", from);
        LocalDate last = RequestValues.date("to", to);
        if (first != null && last != null && first.isAfter(last)) throw ApiErrors.badRequest("from must not be after to");
        boolean noSeries = RequestValues.bool("withoutSeries", withoutSeries);
        if (noSeries && RequestValues.blankToNull(series) != null) throw ApiErrors.badRequest("give series or withoutSeries=true, not both");
        MemoQuery query = new MemoQuery(
                spaceKeys == null ? List.of() : spaceKeys.stream().filter(s -> !s.isBlank()).map(String::trim).distinct().toList(),
                seriesFilter(series), first, last, noSeries);
        MemoPosition after = next == null || next.isBlank() ? null
                : MemoPosition.fromCursor(next.trim()).orElseThrow(() -> ApiErrors.badRequest("next is not a position this API returned"));
        MemoRecords.Page page = memoRecords.list(query, after, RequestValues.intInRange("limit", limit, 1, MemoRecords.MAX_LIMIT));
        ItemPresenter presenter = readers.presenter(readers.today(), null);
        String baseUrl = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        return new MemoJson.MemoSummaryPage(page.memos().stream().map(m -> summary(m, presenter, baseUrl)).toList(),
                page.next() == null ? null : page.next().toCursor());
    }

    /** The series as the tracker stores it (a very long one cut as the sync cuts it), so every stored series can be found. */
    private static String seriesFilter(String raw) {
        String series = RequestValues.blankToNull(raw);
        if (series != null && series.length() > MAX_SERIES_LENGTH) {
            throw ApiErrors.badRequest("series must be at most " + MAX_SERIES_LENGTH + " characters");
        }
        return ActionItem.stored(series);
    }

    static MemoJson.MemoSummary summary(MemoRecords.Listed listed, ItemPresenter presenter, String baseUrl) {
        MemoRecord m = listed.memo().memo();
        return new MemoJson.MemoSummary(m.pageId(), m.pageTitle(), m.spaceKey(), baseUrl + "/pages/viewpage.action?pageId=" + m.pageId(),
                m.memoKey(), m.title(), m.date() == null ? null : m.date().toString(), m.time(), m.place(), m.series(),
                ActionItemJsonMapper.person(presenter, m.minutesByKey()), m.carryOver(),
                new MemoJson.MemoCounts(m.present(), m.absent(), m.guests(), m.contacts(), m.decisions(), m.actions(),
                        listed.actions().open(), listed.actions().done()));
    }
}
