package io.meetingmemo.actionitem.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.meetingmemo.decision.app.DecisionLog;
import io.meetingmemo.decision.export.DecisionCsv;
import io.meetingmemo.platform.ItemPresenter;
import io.meetingmemo.platform.Readers;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;

/**
 * {@code GET /decisions.csv}: the decision log with the same filters and permissions as the JSON list, as a
 * spreadsheet, by the CSV rules of the action-item export. Up to {@link ActionItemExportResource#MAX_ROWS} rows; a
 * larger result says so in the same response header.
 */
@Path("/")
@AnonymousSiteAccess
public class DecisionExportResource {
    private final DecisionLog decisionLog;
    private final Readers readers;
    private final ApplicationProperties applicationProperties;

    @Inject
    public DecisionExportResource(DecisionLog decisionLog, Readers readers, ApplicationProperties applicationProperties) {
        this.decisionLog = decisionLog;
        this.readers = readers;
        this.applicationProperties = applicationProperties;
    }

    @GET
    @Path("decisions.csv")
    @Produces("text/csv;charset=utf-8")
    public Response csv(@BeanParam DecisionFilterParams filters) {
        if (decisionLog.callerIsAnonymous()) throw ApiErrors.error(401, "log in to see decisions");
        DecisionLog.Export export = decisionLog.export(filters.query(), ActionItemExportResource.MAX_ROWS);
        ItemPresenter presenter = readers.presenter(readers.today(), java.util.Locale.ROOT);
        String baseUrl = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        StringWriter out = new StringWriter();
        new DecisionCsv(d -> DecisionLog.memoUrl(baseUrl, d), presenter::text).write(export.decisions(), out);
        return Response.ok(out.toString())
                .header("Content-Disposition", "attachment; filename=\"decisions.csv\"")
                .header(ActionItemExportResource.TRUNCATED_HEADER, export.truncated()).build();
    }
}
