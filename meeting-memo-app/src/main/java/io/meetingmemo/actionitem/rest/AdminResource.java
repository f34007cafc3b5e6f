package io.meetingmemo.actionitem.rest;

import io.meetingmemo.actionitem.app.TrackerMaintenance;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.meetingmemo.actionitem.domain.ActionItemResync;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code POST /rest/meeting-memo/1.0/admin/resync}: administrators rebuild the tracker from pages, one
 * space or all, in batches. Each answer reports what the batch did and where the next one starts; call
 * again with that {@code next} until it is null.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class AdminResource {
    private static final int DEFAULT_BATCH = 100;

    private final TrackerMaintenance tracker;

    @Inject
    public AdminResource(TrackerMaintenance tracker) {
        this.tracker = tracker;
    }

    /** @param maxPages a JSON whole number (read as any JSON value, so that text or a fraction is refused, not coerced) */
    public record ResyncRequest(
            @JsonProperty("spaceKey") String spaceKey,
            @JsonProperty("next") Position next,
            @JsonProperty("maxPages") Object maxPages) {
        @JsonCreator
        public ResyncRequest {}
    }

    /** Where a re-sync continues: the space and the last page id done (0 = the space's start). */
    public record Position(@JsonProperty("spaceKey") String spaceKey, @JsonProperty("afterPageId") long afterPageId) {
        @JsonCreator
        public Position {}

        static Position of(ActionItemResync.Position position) {
            return position == null ? null : new Position(position.spaceKey(), position.afterPageId());
        }

        ActionItemResync.Position toDomain() { return new ActionItemResync.Position(spaceKey, afterPageId); }
    }

    public record ResyncProgress(
            @JsonProperty("pagesSynced") int pagesSynced,
            @JsonProperty("inserted") int inserted,
            @JsonProperty("updated") int updated,
            @JsonProperty("removed") int removed,
            @JsonProperty("failedPageIds") List<Long> failedPageIds,
            @JsonProperty("next") Position next,
            @JsonProperty("done") boolean done) {}

    @POST
    @Path("resync")
    @Consumes(MediaType.APPLICATION_JSON)
    public ResyncProgress resync(ResyncRequest request) {
        ResyncRequest r = request == null ? new ResyncRequest(null, null, null) : request;
        int max = r.maxPages() == null ? DEFAULT_BATCH : RequestValues.wholeNumber("maxPages", r.maxPages(), 1, ActionItemResync.MAX_BATCH);
        String spaceKey = r.spaceKey() == null || r.spaceKey().isBlank() ? null : r.spaceKey().trim();
        ActionItemResync.Progress p;
        try {
            p = tracker.resync(spaceKey, r.next() == null ? null : r.next().toDomain(), max);
        } catch (TrackerMaintenance.Refused e) {
            throw switch (e.reason()) {
                case NOT_ADMINISTRATOR -> ApiErrors.error(403, e.getMessage());
                case NO_SUCH_SPACE -> ApiErrors.error(404, e.getMessage());
                case UNKNOWN_POSITION -> ApiErrors.badRequest(e.getMessage());
            };
        }
        return new ResyncProgress(p.pagesSynced(), p.inserted(), p.updated(), p.removed(), p.failedPageIds(), Position.of(p.next()), p.done());
    }
}
