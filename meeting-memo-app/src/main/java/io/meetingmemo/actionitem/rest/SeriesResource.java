package io.meetingmemo.actionitem.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.meetingmemo.actionitem.app.ActionItems;
import io.meetingmemo.actionitem.domain.ActionItemFinder;
import io.meetingmemo.actionitem.domain.ListPosition;
import io.meetingmemo.actionitem.domain.MemoPosition;
import io.meetingmemo.actionitem.domain.MemoQuery;
import io.meetingmemo.actionitem.domain.StoredMemo;
import io.meetingmemo.memo.app.MemoRecords;
import io.meetingmemo.platform.ItemPresenter;
import io.meetingmemo.platform.Readers;
import io.meetingmemo.series.app.SeriesRegister;
import io.meetingmemo.series.domain.Cadence;
import io.meetingmemo.series.domain.Series;
import io.meetingmemo.series.domain.SeriesKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /rest/meeting-memo/1.0/series}: meeting series, the memos whose {@code series} parameter names them. A series
 * the caller sees none of (no memo page, no index page they may view) is a 404, as an unknown one is. Its memos and
 * open items are the memo list and the item list with the series fixed, filtered by permission before paging.
 * Settings change with {@code PATCH}, JSON only, naming the version read (a stale one gets 409).
 */
@Path("/series")
@Produces(MediaType.APPLICATION_JSON)
@AnonymousSiteAccess
public class SeriesResource {
    /** The longest name and default place or guest line: far beyond any real one, short enough to show anywhere. */
    static final int MAX_TEXT = 200;
    static final int MAX_DEFAULTS = 100;
    private static final Set<String> CHANGEABLE = Set.of("version", "name", "cadence", "defaultPlace", "defaultAttendees",
            "defaultGuests", "indexPageId");

    private final SeriesRegister register;
    private final MemoRecords memoRecords;
    private final ActionItems actionItems;
    private final Readers readers;
    private final ApplicationProperties applicationProperties;

    @Inject
    public SeriesResource(SeriesRegister register, MemoRecords memoRecords, ActionItems actionItems, Readers readers,
                          ApplicationProperties applicationProperties) {
        this.register = register;
        this.memoRecords = memoRecords;
        this.actionItems = actionItems;
        this.readers = readers;
        this.applicationProperties = applicationProperties;
    }

    @GET
    public SeriesJson.SeriesPage list(@QueryParam("spaceKey") List<String> spaceKeys,
                                      @QueryParam("limit") @DefaultValue("50") String limit,
                                      @QueryParam("next") String next) {
        anonymousGetsNothing();
        String after = RequestValues.blankToNull(next);
        if (after != null && !SeriesKey.isValid(after)) throw ApiErrors.badRequest("next is not a position this API returned");
        SeriesRegister.Page page = register.list(
                spaceKeys == null ? List.of() : spaceKeys.stream().filter(s -> !s.isBlank()).map(String::trim).distinct().toList(),
                after, RequestValues.intInRange("limit", limit, 1, SeriesRegister.MAX_LIMIT));
        ItemPresenter presenter = readers.presenter(readers.today(), null);
        return new SeriesJson.SeriesPage(page.series().stream().map(s -> json(s, presenter)).toList(), page.next());
    }

    @GET
    @Path("{key}")
    public SeriesJson.Series get(@PathParam("key") String key) {
        return json(visible(key), readers.presenter(readers.today(), null));
    }

    @GET
    @Path("{key}/memos")
    public MemoJson.MemoSummaryPage memos(@PathParam("key") String key,
                                          @QueryParam("from") String from,
                                          @QueryParam("to") String to,
                                          @QueryParam("limit") @DefaultValue("50") String limit,
                                          @QueryParam("next") String next) {
        visible(key);
        LocalDate first = RequestValues.date("from", from);
        LocalDate last = RequestValues.date("to", to);
        if (first != null && last != null && first.isAfter(last)) throw ApiErrors.badRequest("from must not be after to");
        MemoPosition after = next == null || next.isBlank() ? null
                : MemoPosition.fromCursor(next.trim()).orElseThrow(() -> ApiErrors.badRequest("next is not a position this API returned"));
        MemoRecords.Page page = memoRecords.list(new MemoQuery(List.of(), key, first, last), after,
                RequestValues.intInRange("limit", limit, 1, MemoRecords.MAX_LIMIT));
        ItemPresenter presenter = readers.presenter(readers.today(), null);
        String baseUrl = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        return new MemoJson.MemoSummaryPage(page.memos().stream().map(m -> MemoRecordResource.summary(m, presenter, baseUrl)).toList(),
                page.next() == null ? null : page.next().toCursor());
    }

    /** The item list's filters and JSON, the series fixed by the path; open items unless {@code status} says otherwise. */
    @GET
    @Path("{key}/open-items")
    public ActionItemJson.ItemPage openItems(@PathParam("key") String key,
                                             @BeanParam ActionItemFilters filters,
                                             @QueryParam("limit") @DefaultValue("50") String limit,
                                             @QueryParam("cursor") String cursor) {
        visible(key);
        if (filters.series != null && !filters.series.isBlank()) throw ApiErrors.badRequest("the series is the one in the path; leave out series=");
        filters.series = key;
        LocalDate today = readers.today();
        ListPosition after = cursor == null || cursor.isBlank() ? null
                : ListPosition.fromCursor(cursor).orElseThrow(() -> ApiErrors.badRequest("cursor is not one this API returned"));
        ActionItemFinder.Page page = actionItems.list(filters.query(readers, actionItems.callerKey(), today), after,
                RequestValues.intInRange("limit", limit, 1, ActionItemFinder.MAX_LIMIT));
        ActionItemJsonMapper mapper = new ActionItemJsonMapper(readers.presenter(today, null),
                applicationProperties.getBaseUrl(UrlMode.CANONICAL), actionItems.statusChangeCheck());
        return new ActionItemJson.ItemPage(mapper.items(page.items()), page.next() == null ? null : page.next().toCursor());
    }

    /**
     * Changes the series' name, cadence, defaults or index page. Body: {@code {"version":N, …}} with the version last
     * read ({@code 0} while the series has no stored settings) and only the fields to change.
     */
    @PATCH
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("key") String key, Map<String, Object> request) {
        if (request == null) throw ApiErrors.badRequest("send {\"version\":N, and the fields to change}");
        for (String field : request.keySet()) {
            if (!CHANGEABLE.contains(field)) throw ApiErrors.badRequest("unknown field \"" + field + "\"; a series has " + String.join(", ", CHANGEABLE.stream().sorted().toList()));
        }
        if (!request.containsKey("version")) throw ApiErrors.badRequest("version is required (the series' version you last read, 0 when it had none)");
        int version = RequestValues.wholeNumber("version", request.get("version"), 0, Integer.MAX_VALUE);
        SeriesRegister.Changes changes = new SeriesRegister.Changes(
                name(request), cadence(request), text(request, "defaultPlace", true), attendees(request),
                lines(request, "defaultGuests"), indexPage(request));
        anonymousGetsNothing();
        ItemPresenter presenter = readers.presenter(readers.today(), null);
        SeriesRegister.Changed changed = register.change(key, version, changes);
        if (changed instanceof SeriesRegister.Changed.Saved saved) return Response.ok(json(saved.series(), presenter)).build();
        if (changed instanceof SeriesRegister.Changed.Stale stale) {
            return error(409, "someone else changed this series; it is now at version " + stale.current().series().version(),
                    json(stale.current(), presenter));
        }
        if (changed instanceof SeriesRegister.Changed.Forbidden forbidden) throw ApiErrors.forbidden(forbidden.reason());
        if (changed instanceof SeriesRegister.Changed.Refused refused) throw ApiErrors.badRequest(refused.reason());
        throw notFound(key);
    }

    private SeriesRegister.Seen visible(String key) {
        anonymousGetsNothing();
        String problem = SeriesKey.problem(key);
        if (problem != null) throw ApiErrors.badRequest(problem);
        return register.find(key).orElseThrow(() -> notFound(key));
    }

    private void anonymousGetsNothing() {
        if (register.callerIsAnonymous()) throw ApiErrors.error(401, "log in to see meeting series");
    }

    private static jakarta.ws.rs.WebApplicationException notFound(String key) {
        return ApiErrors.error(404, "no series \"" + key + "\" with memos you may view");
    }

    private static Response error(int status, String message, SeriesJson.Series current) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new SeriesJson.Error(status, message, current)).build();
    }

    private static String name(Map<String, Object> request) {
        String name = text(request, "name", false);
        if (name != null && name.isBlank()) throw ApiErrors.badRequest("name must not be empty");
        return name;
    }

    private static Cadence cadence(Map<String, Object> request) {
        String value = text(request, "cadence", false);
        if (value == null) return null;
        try {
            return Cadence.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiErrors.badRequest(e.getMessage());
        }
    }

    /** A text field: absent is null (unchanged); JSON null is refused unless {@code clearable} (then it clears). */
    private static String text(Map<String, Object> request, String field, boolean clearable) {
        if (!request.containsKey(field)) return null;
        Object value = request.get(field);
        if (value == null) {
            if (clearable) return "";
            throw ApiErrors.badRequest(field + " must be a string");
        }
        if (!(value instanceof String s)) throw ApiErrors.badRequest(field + " must be a string");
        if (s.length() > MAX_TEXT) throw ApiErrors.badRequest(field + " must be at most " + MAX_TEXT + " characters");
        if (s.chars().anyMatch(c -> c < 0x20)) throw ApiErrors.badRequest(field + " must be one line without control characters");
        return s;
    }

    private static List<String> lines(Map<String, Object> request, String field) {
        if (!request.containsKey(field)) return null;
        if (!(request.get(field) instanceof List<?> values)) throw ApiErrors.badRequest(field + " must be a list of strings");
        if (values.size() > MAX_DEFAULTS) throw ApiErrors.badRequest(field + " may have at most " + MAX_DEFAULTS + " entries");
        List<String> lines = new ArrayList<>();
        for (Object v : values) {
            if (!(v instanceof String s) || s.isBlank()) throw ApiErrors.badRequest(field + " must be a list of non-empty strings");
            if (s.length() > MAX_TEXT || s.chars().anyMatch(c -> c < 0x20)) {
                throw ApiErrors.badRequest(field + " entries are one line of at most " + MAX_TEXT + " characters");
            }
            lines.add(s.trim());
        }
        return lines;
    }

    private List<String> attendees(Map<String, Object> request) {
        List<String> names = lines(request, "defaultAttendees");
        if (names == null) return null;
        List<String> keys = new ArrayList<>();
        for (String name : names) {
            keys.add(readers.users().byUsernameOrKey(name)
                    .orElseThrow(() -> ApiErrors.badRequest("defaultAttendees: no user with username or key \"" + name + "\""))
                    .userKey());
        }
        return keys.stream().distinct().toList();
    }

    private static Long indexPage(Map<String, Object> request) {
        if (!request.containsKey("indexPageId")) return null;
        if (request.get("indexPageId") == null) return 0L;
        Object value = request.get("indexPageId");
        if (value instanceof Integer || value instanceof Long) {
            long id = ((Number) value).longValue();
            if (id >= 0) return id;
        }
        throw ApiErrors.badRequest("indexPageId must be a page id (a JSON whole number), or null or 0 for none");
    }

    private SeriesJson.Series json(SeriesRegister.Seen seen, ItemPresenter presenter) {
        Series s = seen.series();
        String baseUrl = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        StoredMemo latest = seen.latestMemo();
        SeriesJson.LatestMemo latestJson = latest == null ? null : new SeriesJson.LatestMemo(latest.pageId(),
                latest.memo().pageTitle(), latest.memo().title(), latest.memo().date() == null ? null : latest.memo().date().toString(),
                baseUrl + "/pages/viewpage.action?pageId=" + latest.pageId());
        LocalDate next = s.cadence().nextMeeting(latest == null ? null : latest.memo().date(), readers.today());
        return new SeriesJson.Series(s.key(), s.name(), s.spaceKey(), s.cadence().wireName(), s.indexPageId(), s.defaultPlace(),
                s.defaultAttendeeKeys().stream().map(k -> ActionItemJsonMapper.person(presenter, k)).toList(), s.defaultGuests(),
                latestJson, next.toString(), s.stored(), s.version(),
                baseUrl + "/rest/meeting-memo/1.0/series/" + URLEncoder.encode(s.key(), StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
