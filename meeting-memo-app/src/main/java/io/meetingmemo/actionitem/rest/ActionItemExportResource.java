package io.meetingmemo.actionitem.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.meetingmemo.actionitem.app.ActionItems;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ActionItemQuery;
import io.meetingmemo.actionitem.export.ActionItemCalendar;
import io.meetingmemo.actionitem.export.ActionItemCsv;
import io.meetingmemo.platform.ItemPresenter;
import io.meetingmemo.platform.Readers;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /action-items.csv} and {@code GET /action-items.ics}: the same filters and permissions as
 * the JSON list, as a spreadsheet or a calendar subscription. Rows are read page by page through the
 * permission-aware finder, up to {@link #MAX_ROWS}; a larger result says so in a response header.
 */
@Path("/")
@AnonymousSiteAccess
public class ActionItemExportResource {
    static final int MAX_ROWS = 20_000;
    static final String TRUNCATED_HEADER = "X-Meeting-Memo-Truncated";

    private final ActionItems actionItems;
    private final Readers readers;
    private final ApplicationProperties applicationProperties;

    @Inject
    public ActionItemExportResource(ActionItems actionItems, Readers readers, ApplicationProperties applicationProperties) {
        this.actionItems = actionItems;
        this.readers = readers;
        this.applicationProperties = applicationProperties;
    }

    @GET
    @Path("action-items.csv")
    @Produces("text/csv;charset=utf-8")
    public Response csv(@BeanParam ActionItemFilters filters) {
        LocalDate today = readers.today();
        ItemPresenter presenter = presenter(today);
        Export export = collect(filters.query(readers, actionItems.callerKey(), today), presenter);
        StringWriter out = new StringWriter();
        new ActionItemCsv(presenter::personByKey, presenter::storedName, this::url, today).write(export.items(), out);
        return Response.ok(out.toString())
                .header("Content-Disposition", "attachment; filename=\"action-items.csv\"")
                .header(TRUNCATED_HEADER, export.truncated()).build();
    }

    @GET
    @Path("action-items.ics")
    @Produces("text/calendar;charset=utf-8")
    public Response calendar(@BeanParam ActionItemFilters filters) {
        LocalDate today = readers.today();
        ItemPresenter presenter = presenter(today);
        Export export = collect(filters.query(readers, actionItems.callerKey(), today), presenter);
        String ics = new ActionItemCalendar(presenter::owner, this::url, "meeting-memo." + hostName()).write(export.items(), "Action items");
        return Response.ok(ics)
                .header("Content-Disposition", "inline; filename=\"action-items.ics\"")
                .header(TRUNCATED_HEADER, export.truncated()).build();
    }

    private record Export(List<ActionItem> items, boolean truncated) {}

    /** Items as the reader is shown them (mentions as display names). */
    private Export collect(ActionItemQuery query, ItemPresenter presenter) {
        ActionItems.Export export = actionItems.export(query, MAX_ROWS);
        return new Export(export.items().stream().map(presenter::shown).toList(), export.truncated());
    }

    /** People, texts and dates as the one presenter shows them; users are looked up once for the whole export. */
    private ItemPresenter presenter(LocalDate today) {
        return readers.presenter(today, java.util.Locale.ROOT);
    }

    private String url(ActionItem item) {
        return applicationProperties.getBaseUrl(UrlMode.CANONICAL) + "/pages/viewpage.action?pageId=" + item.pageId();
    }

    private String hostName() {
        String base = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        return base.replaceFirst("^[a-z]+://", "").replaceFirst("[:/].*$", "");
    }
}
