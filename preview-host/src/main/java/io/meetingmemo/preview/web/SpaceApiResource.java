package io.meetingmemo.preview.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.meetingmemo.preview.api.ApiException;
import io.meetingmemo.preview.api.ContentJson;
import io.meetingmemo.preview.api.Expand;
import io.meetingmemo.preview.store.HostPageStore;
import io.meetingmemo.preview.store.HostUser;
import io.meetingmemo.preview.store.HostUsers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Confluence's {@code /rest/api/space}: list (paged, {@code spaceKey} repeatable), one space (with
 * {@code expand=homepage} and {@code description.plain}) and creation by an administrator, which gives the
 * space its home page titled like the space, as Confluence does.
 */
@Path("/space")
@Produces(MediaType.APPLICATION_JSON)
public final class SpaceApiResource {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]{1,255}");

    private final HostPageStore store;
    private final HostUsers users;
    private final ContentApiResource content;
    @Context private UriInfo uri;

    public SpaceApiResource(HostPageStore store, HostUsers users, ContentApiResource content) {
        this.store = store;
        this.users = users;
        this.content = content;
    }

    @GET
    public Map<String, Object> list(@QueryParam("spaceKey") List<String> spaceKeys, @QueryParam("type") String type,
                                    @QueryParam("expand") String expand, @QueryParam("start") String start,
                                    @QueryParam("limit") String limit) {
        ContentJson json = new ContentJson(store, users, uri);
        Expand ex = Expand.of(expand);
        // spaceKey repeats (?spaceKey=A&spaceKey=B); clients that join lists with commas are understood too.
        java.util.Set<String> keys = new java.util.HashSet<>();
        if (spaceKeys != null) for (String k : spaceKeys) for (String part : k.split(",")) if (!part.isBlank()) keys.add(part.trim());
        List<HostPageStore.SpaceRow> spaces = store.spaceRows(null).stream()
                .filter(s -> keys.isEmpty() || keys.contains(s.key()))
                .filter(s -> type == null || type.equals("global"))
                .toList();
        return json.page(spaces, start, limit, 25, 500, s -> json.space(s, ex), uri);
    }

    @GET
    @Path("{key}")
    public Map<String, Object> get(@PathParam("key") String key, @QueryParam("expand") String expand) {
        HostPageStore.SpaceRow space = store.spaceRow(key).orElseThrow(() -> ApiException.notFound("No space with key : " + key));
        return new ContentJson(store, users, uri).space(space, Expand.of(expand));
    }

    /**
     * The space's current pages, or blog posts, the caller may see ({@code GET /rest/api/space/{key}/content/page},
     * {@code …/content/blogpost}).
     */
    @GET
    @Path("{key}/content/{type: page|blogpost}")
    public Map<String, Object> pages(@PathParam("key") String key, @PathParam("type") String type, @QueryParam("expand") String expand,
                                     @QueryParam("start") String start, @QueryParam("limit") String limit) {
        if (store.spaceRow(key).isEmpty()) throw ApiException.notFound("No space with key : " + key);
        return content.list(key, null, type, null, expand, start, limit);
    }

    /** {@code {"key":"…","name":"…","description":{"plain":{"value":"…","representation":"plain"}}}}; administrators only. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> create(JsonNode request) {
        HostUser user = HostUsers.current();
        if (user == null || !user.administrator()) throw ApiException.forbidden("No permission to create spaces: only administrators may");
        if (request == null || !request.isObject()) throw ApiException.badRequest("Send a space {\"key\":\"…\",\"name\":\"…\"}");
        String key = request.path("key").isTextual() ? request.path("key").asText().trim() : null;
        String name = request.path("name").isTextual() ? request.path("name").asText().trim() : null;
        if (key == null || key.isEmpty()) throw ApiException.badRequest("Space key is required");
        if (!KEY.matcher(key).matches()) throw ApiException.badRequest("Space key can only contain alphanumeric characters (a-z, 0-9): " + key);
        if (name == null || name.isEmpty()) throw ApiException.badRequest("Space name is required");
        if (name.length() > 200) throw ApiException.badRequest("Space name is longer than 200 characters");
        JsonNode plain = request.path("description").path("plain").path("value");
        String description = plain.isTextual() ? plain.asText() : null;
        if (description != null && description.length() > 4000) throw ApiException.badRequest("Space description is longer than 4000 characters");
        if (store.getSpace(key) != null || !store.createSpace(key, name, description, user.username())) {
            throw ApiException.badRequest("A space already exists with key " + key);
        }
        return new ContentJson(store, users, uri).space(store.spaceRow(key).orElseThrow(), Expand.of("description.plain,homepage"));
    }
}
