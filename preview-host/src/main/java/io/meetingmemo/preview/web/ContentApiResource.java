package io.meetingmemo.preview.web;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import io.meetingmemo.preview.store.HostPageStore;
import io.meetingmemo.preview.store.HostUser;
import io.meetingmemo.preview.store.HostUsers;
import io.meetingmemo.preview.store.PageService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The subset of Confluence's content REST API ({@code /rest/api/content}) that scripts use to create,
 * read, update and delete pages, with Confluence's shapes: {@code body.storage.value},
 * {@code version.number} (an update must send the stored number + 1, else 409) and
 * {@code DELETE} moving a page to the trash ({@code ?status=trashed} purges it).
 */
@Path("/content")
@Produces(MediaType.APPLICATION_JSON)
public final class ContentApiResource {
    private final PageService pages;
    private final PermissionManager permissions;

    public ContentApiResource(PageService pages, PermissionManager permissions) {
        this.pages = pages;
        this.permissions = permissions;
    }

    public record SpaceRef(String key) {}
    public record Storage(String value, String representation) {}
    public record Body(Storage storage) {}
    public record VersionRef(Integer number) {}
    public record ContentRequest(String type, String title, SpaceRef space, Body body, VersionRef version, String status) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ContentRequest request) {
        if (request == null) return JsonErrors.json(400, "send a content object");
        if (request.type() != null && !request.type().equals("page")) return JsonErrors.json(400, "only type \"page\" is supported");
        if (request.space() == null || blank(request.space().key())) return JsonErrors.json(400, "space.key is required");
        if (blank(request.title())) return JsonErrors.json(400, "title is required");
        if (pages.store().getSpace(request.space().key()) == null) return JsonErrors.json(404, "no space " + request.space().key());
        if (pages.store().findByTitle(request.space().key(), request.title().trim()).isPresent()) {
            return JsonErrors.json(400, "a page with this title already exists in the space");
        }
        HostPageStore.StoredPage saved = pages.create(request.space().key(), request.title().trim(), storage(request), HostUsers.current().username());
        return Response.ok(json(saved, true)).build();
    }

    @GET
    public Map<String, Object> find(@QueryParam("spaceKey") String spaceKey, @QueryParam("title") String title,
                                    @QueryParam("expand") String expand) {
        boolean withBody = expand != null && expand.contains("body.storage");
        List<Map<String, Object>> results;
        if (!blank(spaceKey) && !blank(title)) {
            results = pages.store().findByTitle(spaceKey, title).filter(this::visible).map(p -> json(p, withBody)).stream().toList();
        } else {
            results = pages.store().list(blank(spaceKey) ? null : spaceKey).stream()
                    .map(p -> pages.store().find(p.id()).orElseThrow()).filter(this::visible).map(p -> json(p, withBody)).toList();
        }
        return Map.of("results", results, "size", results.size());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String rawId, @QueryParam("expand") String expand) {
        Optional<HostPageStore.StoredPage> page = id(rawId).flatMap(pages.store()::find).filter(this::visible);
        if (page.isEmpty()) return JsonErrors.json(404, "no content " + rawId);
        return Response.ok(json(page.get(), expand != null && expand.contains("body.storage"))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String rawId, ContentRequest request) {
        Optional<HostPageStore.StoredPage> current = id(rawId).flatMap(pages.store()::find).filter(p -> !p.trashed()).filter(this::visible);
        if (current.isEmpty()) return JsonErrors.json(404, "no content " + rawId);
        if (request == null || request.version() == null || request.version().number() == null) {
            return JsonErrors.json(400, "version.number is required (the current number + 1)");
        }
        if (!can(Permission.EDIT, current.get())) return JsonErrors.json(403, "you may not edit this page");
        String title = blank(request.title()) ? current.get().title() : request.title().trim();
        String body = request.body() == null ? current.get().body() : storage(request);
        Optional<HostPageStore.StoredPage> saved = pages.update(current.get().id(), request.version().number(), title, body, HostUsers.current().username());
        if (saved.isEmpty()) {
            return JsonErrors.json(409, "version conflict: the page is at version " + pages.store().find(current.get().id()).map(HostPageStore.StoredPage::version).orElse(0)
                    + "; send that number + 1");
        }
        return Response.ok(json(saved.get(), true)).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String rawId, @QueryParam("status") String status) {
        Optional<HostPageStore.StoredPage> page = id(rawId).flatMap(pages.store()::find).filter(this::visible);
        if (page.isEmpty()) return JsonErrors.json(404, "no content " + rawId);
        if (!can(Permission.EDIT, page.get())) return JsonErrors.json(403, "you may not delete this page");
        boolean done = "trashed".equals(status) ? page.get().trashed() && pages.purge(page.get().id()) : pages.trash(page.get().id());
        return done ? Response.noContent().build() : JsonErrors.json(409, "the page is not in a state that allows this");
    }

    private boolean visible(HostPageStore.StoredPage page) { return can(Permission.VIEW, page); }

    private boolean can(Permission permission, HostPageStore.StoredPage page) {
        ContentEntityObject content = page.toPage(pages.store().getSpace(page.spaceKey()));
        HostUser user = HostUsers.current();
        return permissions.hasPermission(user, permission, content);
    }

    static Map<String, Object> json(HostPageStore.StoredPage p, boolean withBody) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", String.valueOf(p.id()));
        json.put("type", "page");
        json.put("status", p.trashed() ? "trashed" : "current");
        json.put("title", p.title());
        json.put("space", Map.of("key", p.spaceKey()));
        json.put("version", Map.of("number", p.version(), "when", p.updatedAt().toString()));
        if (withBody) json.put("body", Map.of("storage", Map.of("value", p.body() == null ? "" : p.body(), "representation", "storage")));
        json.put("_links", Map.of("webui", "/pages/viewpage.action?pageId=" + p.id()));
        return json;
    }

    private static String storage(ContentRequest request) {
        if (request.body() == null || request.body().storage() == null || request.body().storage().value() == null) return "";
        return request.body().storage().value();
    }

    private static Optional<Long> id(String raw) {
        try {
            return Optional.of(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
