package io.meetingmemo.actionitem.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.meetingmemo.actionitem.app.ActionItems;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ActionItemFinder;
import io.meetingmemo.actionitem.domain.ActionItemStatusService;
import io.meetingmemo.actionitem.domain.ListPosition;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.platform.Readers;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

/**
 * {@code /rest/meeting-memo/1.0/action-items}: find, read and close action items across pages. Every
 * answer is filtered by page permissions first (the one permission policy, applied by {@link ActionItems}); an item the caller may not
 * see is reported as not found. Writes accept JSON only, so a cross-site form post cannot reach them.
 */
@Path("/action-items")
@Produces(MediaType.APPLICATION_JSON)
@AnonymousSiteAccess
public class ActionItemResource {
    private final ActionItems actionItems;
    private final Readers readers;
    private final ApplicationProperties applicationProperties;

    @Inject
    public ActionItemResource(ActionItems actionItems, Readers readers, ApplicationProperties applicationProperties) {
        this.actionItems = actionItems;
        this.readers = readers;
        this.applicationProperties = applicationProperties;
    }

    @GET
    public ActionItemJson.ItemPage list(@BeanParam ActionItemFilters filters,
                                        @QueryParam("limit") @DefaultValue("50") String limit,
                                        @QueryParam("cursor") String cursor) {
        LocalDate today = readers.today();
        ListPosition after = cursor == null || cursor.isBlank() ? null
                : ListPosition.fromCursor(cursor).orElseThrow(() -> ApiErrors.badRequest("cursor is not one this API returned"));
        ActionItemFinder.Page page = actionItems.list(filters.query(readers, actionItems.callerKey(), today), after,
                RequestValues.intInRange("limit", limit, 1, ActionItemFinder.MAX_LIMIT));
        return new ActionItemJson.ItemPage(mapper(today).items(page.items()),
                page.next() == null ? null : page.next().toCursor());
    }

    @GET
    @Path("{id}")
    public ActionItemJson.Item get(@PathParam("id") String id) {
        return mapper(readers.today()).item(visibleItem(id));
    }

    @GET
    @Path("{id}/history")
    public ActionItemJson.History history(@PathParam("id") String id) {
        ActionItem item = visibleItem(id);
        ActionItemJsonMapper mapper = mapper(readers.today());
        return new ActionItemJson.History(item.id(),
                actionItems.history(item).stream().map(mapper::change).toList());
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeStatus(@PathParam("id") String id, ActionItemJson.StatusRequest request) {
        if (request == null) throw ApiErrors.badRequest("send {\"status\":\"done\"|\"open\",\"version\":N}");
        ActionStatus status = ActionStatus.fromWireName(request.status())
                .filter(s -> request.status().equals(s.wireName()))
                .orElseThrow(() -> ApiErrors.badRequest("status must be \"open\" or \"done\""));
        if (request.version() == null) throw ApiErrors.badRequest("version is required (the item's version you last saw)");
        int version = RequestValues.wholeNumber("version", request.version(), 0, Integer.MAX_VALUE);
        long itemId = RequestValues.positiveLong("id", id);
        ActionItems.StatusChanged changed = actionItems.changeStatus(itemId, version, status);
        if (changed.denied() == ActionItems.Denied.ANONYMOUS) throw ApiErrors.unauthorized();
        if (changed.denied() == ActionItems.Denied.NOT_FOUND) throw ApiErrors.notFound(itemId);
        if (changed.forbidden()) {
            throw ApiErrors.forbidden("only people who can edit the page, or the assignee, can change this item");
        }
        ActionItemJsonMapper mapper = mapper(readers.today());
        if (changed.pageConflict() != null) {
            ActionItem current = actionItems.read(itemId).item();
            return ApiErrors.response(409, new ActionItemJson.Error(409, changed.pageConflict(), current == null ? null : mapper.item(current)));
        }
        ActionItemStatusService.Result result = changed.result();
        if (result instanceof ActionItemStatusService.Updated updated) {
            return Response.ok(mapper.item(updated.item())).build();
        }
        if (result instanceof ActionItemStatusService.Stale stale) {
            return ApiErrors.response(409, new ActionItemJson.Error(409,
                    "someone else changed this item; it is now at version " + stale.current().version(),
                    mapper.item(stale.current())));
        }
        throw ApiErrors.notFound(itemId);
    }

    /** The item, if it exists and its page is visible to the caller; otherwise 401 (anonymous) or 404. */
    private ActionItem visibleItem(String rawId) {
        long id = RequestValues.positiveLong("id", rawId);
        ActionItems.Readable readable = actionItems.read(id);
        if (readable.item() != null) return readable.item();
        throw readable.denied() == ActionItems.Denied.ANONYMOUS ? ApiErrors.unauthorized() : ApiErrors.notFound(id);
    }

    private ActionItemJsonMapper mapper(LocalDate today) {
        return new ActionItemJsonMapper(readers.presenter(today, null),
                applicationProperties.getBaseUrl(UrlMode.CANONICAL), actionItems.statusChangeCheck());
    }

}
