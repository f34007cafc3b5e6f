package io.meetingmemo.preview.web;

import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.fasterxml.jackson.databind.JsonNode;
import io.meetingmemo.preview.api.ApiException;
import io.meetingmemo.preview.api.ContentJson;
import io.meetingmemo.preview.api.Cql;
import io.meetingmemo.preview.api.CqlSearch;
import io.meetingmemo.preview.api.Expand;
import io.meetingmemo.preview.store.HostPageStore;
import io.meetingmemo.preview.store.HostPageStore.StoredPage;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The part of Confluence's content REST API ({@code /rest/api/content}) that scripts use, with Confluence's
 * shapes and errors: pages in a tree under the space's home page ({@code ancestors}), {@code expand},
 * {@code start}/{@code limit} paging with {@code _links.next}, updates with {@code version.number} = stored + 1
 * (else 409), trash ({@code DELETE}), restore (a {@code PUT} of the trashed page with {@code "status":"current"}),
 * purge ({@code DELETE ?status=trashed}), labels, restrictions by operation ({@code read} and {@code update})
 * and CQL search. Blog posts ({@code "type":"blogpost"}) are created, listed ({@code ?type=blogpost}), read, updated,
 * trashed, restored and purged the same way; they stand outside the page tree (no ancestors, no children) and their
 * titles are unique among the space's blog posts. Everything answers only what the caller may see; changes need edit
 * permission.
 */
@Path("/content")
@Produces(MediaType.APPLICATION_JSON)
public final class ContentApiResource {
    /** What Confluence expands by default when a single page is read. */
    static final Expand SINGLE_DEFAULT = Expand.of("space,history,version");
    /** What the answer to a create or an update carries. */
    static final Expand SAVED = Expand.of("space,history,version,ancestors,body.storage");
    /** The content types the host stores. */
    private static final Set<String> CONTENT_TYPES = Set.of(Page.CONTENT_TYPE, BlogPost.CONTENT_TYPE);
    /** Confluence's label names: no white space and none of these characters. */
    private static final Pattern BAD_LABEL = Pattern.compile("[\\s:;,.?&\\[\\]()#^*@!<>\"'\\\\/]");

    private final PageService pages;
    private final PermissionManager permissions;
    private final HostUsers users;
    @Context private UriInfo uri;

    public ContentApiResource(PageService pages, PermissionManager permissions, HostUsers users) {
        this.pages = pages;
        this.permissions = permissions;
        this.users = users;
    }

    private HostPageStore store() { return pages.store(); }

    private ContentJson json() { return new ContentJson(store(), users, uri); }

    // ---- content --------------------------------------------------------------------------------------

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonNode request, @QueryParam("expand") String expand) {
        if (request == null || !request.isObject()) throw ApiException.badRequest("Send a content object");
        String type = text(request, "type") == null ? Page.CONTENT_TYPE : text(request, "type");
        if (!CONTENT_TYPES.contains(type)) throw ApiException.badRequest("Content type " + type + " is not supported: page or blogpost");
        String spaceKey = text(request.path("space"), "key");
        if (blank(spaceKey)) throw ApiException.badRequest("Content must have a space: space.key is required");
        String title = text(request, "title");
        if (blank(title)) throw ApiException.badRequest("Content must have a non-empty title");
        title = title.trim();
        if (title.length() > 255) throw ApiException.badRequest("Title cannot be longer than 255 characters");
        HostPageStore.SpaceRow space = store().spaceRow(spaceKey)
                .orElseThrow(() -> ApiException.badRequest("No space with key : " + spaceKey));
        boolean blogPost = type.equals(BlogPost.CONTENT_TYPE);
        // A blog post has no place in the page tree: ancestors sent with one are ignored.
        Long parent = blogPost ? null : parentFrom(request, spaceKey, null);
        titleFree(space.key(), title, type);
        String username = HostUsers.current().username();
        StoredPage saved = blogPost ? pages.createBlogPost(spaceKey, title, storage(request, ""), username)
                : pages.create(spaceKey, parent, title, storage(request, ""), username);
        return Response.ok(json().content(saved, Expand.of(expand).paths().isEmpty() ? SAVED : Expand.of(expand))).build();
    }

    @GET
    public Map<String, Object> list(@QueryParam("spaceKey") String spaceKey, @QueryParam("title") String title,
                                    @QueryParam("type") String type, @QueryParam("status") String status,
                                    @QueryParam("expand") String expand, @QueryParam("start") String start,
                                    @QueryParam("limit") String limit) {
        Expand ex = Expand.of(expand);
        // As in Confluence, content without a type is pages.
        String contentType = type == null ? Page.CONTENT_TYPE : type;
        if (!CONTENT_TYPES.contains(contentType)) throw ApiException.badRequest("Content type " + type + " is not supported: page or blogpost");
        Set<String> statuses = statuses(status);
        String key = blank(spaceKey) ? null : spaceKey;
        List<StoredPage> found = new ArrayList<>();
        for (String s : statuses) {
            for (StoredPage p : store().list(key, s.equals("trashed"), contentType)) {
                if (title == null || p.title().equals(title)) found.add(p);
            }
        }
        List<StoredPage> visible = found.stream().filter(visibleFilter()).toList();
        return json().page(visible, start, limit, 25, 200, p -> json().content(p, ex), uri);
    }

    @GET
    @Path("search")
    public Map<String, Object> search(@QueryParam("cql") String cql, @QueryParam("expand") String expand,
                                      @QueryParam("start") String start, @QueryParam("limit") String limit) {
        Expand ex = Expand.of(expand);
        return json().page(cql(cql), start, limit, 25, 200, p -> json().content(p, ex), uri);
    }

    /** Current pages matching the CQL that the caller may see, before paging. */
    List<StoredPage> cql(String cql) {
        Cql.Query query;
        try {
            query = Cql.parse(cql);
            return new CqlSearch(store()).run(query).stream().filter(visibleFilter()).toList();
        } catch (Cql.CqlException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") String rawId, @QueryParam("status") String status,
                                   @QueryParam("expand") String expand) {
        Set<String> statuses = statuses(status);
        StoredPage page = visiblePage(rawId, statuses);
        return json().content(page, expand == null ? SINGLE_DEFAULT : Expand.of(expand));
    }

    /** The page's history as far as the host keeps it: who saved the current version, and when. */
    @GET
    @Path("{id}/history")
    public Map<String, Object> history(@PathParam("id") String rawId) {
        StoredPage page = visiblePage(rawId, Set.of("current", "trashed"));
        Map<String, Object> history = new LinkedHashMap<>();
        history.put("latest", true);
        history.put("createdBy", json().user(page.updatedBy()));
        history.put("createdDate", page.updatedAt().toString());
        Map<String, Object> last = new LinkedHashMap<>();
        last.put("by", json().user(page.updatedBy()));
        last.put("when", page.updatedAt().toString());
        last.put("number", page.version());
        last.put("minorEdit", false);
        history.put("lastUpdated", last);
        history.put("_links", Map.of("base", json().base(), "context", "", "self", json().base() + "/rest/api/content/" + page.id() + "/history"));
        return history;
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@PathParam("id") String rawId, JsonNode request, @QueryParam("expand") String expand) {
        StoredPage current = visiblePage(rawId, Set.of("current", "trashed"));
        if (request == null || !request.isObject()) throw ApiException.badRequest("Send a content object");
        JsonNode number = request.path("version").path("number");
        boolean numeric = number.isIntegralNumber() && number.canConvertToInt() || number.isTextual() && number.asText().matches("\\d{1,9}");
        if (!numeric) throw ApiException.badRequest("Must supply an incremented version when updating Content. No version supplied.");
        int newVersion = number.asInt();
        if (!can(Permission.EDIT, current)) throw ApiException.forbidden("Not permitted to update content with id " + current.id());
        String status = text(request, "status");
        Expand answer = expand == null ? SAVED : Expand.of(expand);
        if (current.trashed()) {
            if (!"current".equals(status)) {
                throw ApiException.badRequest("The page is in the trash; restore it with \"status\":\"current\" and the next version number");
            }
            staleCheck(current, newVersion);
            if (store().findByTitle(current.spaceKey(), current.title(), current.type()).isPresent()) {
                throw ApiException.badRequest("A " + noun(current.type()) + " with the title " + current.title()
                        + " already exists in the space; it cannot be restored");
            }
            pages.restore(current.id());
            return json().content(store().find(current.id()).orElseThrow(), answer);
        }
        if ("trashed".equals(status)) throw ApiException.badRequest("Trash a page with DELETE /rest/api/content/" + current.id());
        String title = blank(text(request, "title")) ? current.title() : text(request, "title").trim();
        String body = request.path("body").path("storage").has("value") ? storage(request, "") : current.body();
        if (title.length() > 255) throw ApiException.badRequest("Title cannot be longer than 255 characters");
        staleCheck(current, newVersion);
        if (!title.equals(current.title())) titleFree(current.spaceKey(), title, current.type());
        Long parent = current.blogPost() ? null : parentFrom(request, current.spaceKey(), current);
        Optional<StoredPage> saved = pages.update(current.id(), newVersion, title, body, HostUsers.current().username());
        if (saved.isEmpty()) staleCheck(store().find(current.id()).orElseThrow(), newVersion);
        if (parent != null && !parent.equals(current.parentId())) store().setParent(current.id(), parent);
        return json().content(store().find(current.id()).orElseThrow(), answer);
    }

    /** Refuses a title that a current page (or blog post, for a blog post) of the space already has. */
    private void titleFree(String spaceKey, String title, String type) {
        if (store().findByTitle(spaceKey, title, type).isPresent()) {
            String noun = noun(type);
            throw ApiException.badRequest("A " + noun + " with this title already exists: A " + noun + " already exists with the title "
                    + title + " in the space with key " + spaceKey);
        }
    }

    private static String noun(String type) { return type.equals(BlogPost.CONTENT_TYPE) ? "blog post" : "page"; }

    private static void staleCheck(StoredPage current, int newVersion) {
        if (newVersion != current.version() + 1) {
            throw ApiException.conflict("Version must be incremented on update. Current version is: " + current.version());
        }
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String rawId, @QueryParam("status") String status) {
        boolean purge = "trashed".equals(status);
        StoredPage page = visiblePage(rawId, Set.of(purge ? "trashed" : "current"));
        if (!can(Permission.EDIT, page)) throw ApiException.forbidden("Not permitted to delete content with id " + page.id());
        if (purge) {
            pages.purge(page.id());
        } else {
            Long home = store().spaceRow(page.spaceKey()).map(HostPageStore.SpaceRow::homePageId).orElse(null);
            if (Long.valueOf(page.id()).equals(home)) {
                throw ApiException.badRequest("The home page of space " + page.spaceKey() + " cannot be deleted; every space keeps its home page");
            }
            pages.trash(page.id());
        }
        return Response.noContent().build();
    }

    // ---- children -------------------------------------------------------------------------------------

    @GET
    @Path("{id}/child")
    public Map<String, Object> children(@PathParam("id") String rawId, @QueryParam("expand") String expand) {
        StoredPage page = visiblePage(rawId, Set.of("current"));
        Expand ex = Expand.of(expand);
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> expandable = new LinkedHashMap<>();
        for (String type : List.of("attachment", "comment", "page")) {
            if (type.equals("page") && ex.has("page")) {
                json.put("page", json().page(visibleChildren(page), null, null, 25, 200, c -> json().content(c, ex.below("page")), null));
            } else {
                expandable.put(type, "/rest/api/content/" + page.id() + "/child/" + type);
            }
        }
        json.put("_links", Map.of("base", json().base(), "context", "", "self", json().base() + "/rest/api/content/" + page.id() + "/child"));
        json.put("_expandable", expandable);
        return json;
    }

    @GET
    @Path("{id}/child/{type}")
    public Map<String, Object> childrenOfType(@PathParam("id") String rawId, @PathParam("type") String type,
                                              @QueryParam("expand") String expand, @QueryParam("start") String start,
                                              @QueryParam("limit") String limit) {
        StoredPage page = visiblePage(rawId, Set.of("current"));
        Expand ex = Expand.of(expand);
        List<StoredPage> children = switch (type) {
            case "page" -> visibleChildren(page);
            case "comment", "attachment", "blogpost" -> List.of();
            default -> throw ApiException.badRequest("Unknown content type " + type);
        };
        return json().page(children, start, limit, 25, 200, c -> json().content(c, ex), uri);
    }

    @GET
    @Path("{id}/descendant/page")
    public Map<String, Object> descendants(@PathParam("id") String rawId, @QueryParam("expand") String expand,
                                           @QueryParam("start") String start, @QueryParam("limit") String limit) {
        StoredPage page = visiblePage(rawId, Set.of("current"));
        Expand ex = Expand.of(expand);
        return json().page(cql("ancestor = " + page.id() + " order by id"), start, limit, 25, 200, c -> json().content(c, ex), uri);
    }

    private List<StoredPage> visibleChildren(StoredPage page) {
        return store().children(page.id()).stream().filter(visibleFilter()).toList();
    }

    // ---- labels ---------------------------------------------------------------------------------------

    @GET
    @Path("{id}/label")
    public Map<String, Object> labels(@PathParam("id") String rawId, @QueryParam("prefix") String prefix,
                                      @QueryParam("start") String start, @QueryParam("limit") String limit) {
        StoredPage page = visiblePage(rawId, Set.of("current"));
        List<HostPageStore.Label> labels = store().labels(page.id()).stream()
                .filter(l -> prefix == null || l.prefix().equals(prefix)).toList();
        return json().page(labels, start, limit, 200, 200, ContentJson::label, uri);
    }

    /** Adds labels: an array of {@code {"prefix":"global","name":"…"}} or a single such object; answers all labels of the page. */
    @POST
    @Path("{id}/label")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> addLabels(@PathParam("id") String rawId, JsonNode request) {
        StoredPage page = visiblePage(rawId, Set.of("current"));
        if (!can(Permission.EDIT, page)) throw ApiException.forbidden("Not permitted to add labels to content with id " + page.id());
        List<JsonNode> labels = new ArrayList<>();
        if (request != null && request.isArray()) request.forEach(labels::add);
        else if (request != null && request.isObject()) labels.add(request);
        else throw ApiException.badRequest("Send a label {\"prefix\":\"global\",\"name\":\"…\"} or an array of them");
        List<String[]> valid = new ArrayList<>();
        for (JsonNode label : labels) {
            String name = text(label, "name");
            String prefix = blank(text(label, "prefix")) ? "global" : text(label, "prefix");
            if (blank(name)) throw ApiException.badRequest("A label needs a name");
            if (!prefix.equals("global") && !prefix.equals("my") && !prefix.equals("team")) {
                throw ApiException.badRequest("Label prefix " + prefix + " is not valid: global, my or team");
            }
            String clean = name.trim().toLowerCase(Locale.ROOT);
            if (clean.length() > 255 || BAD_LABEL.matcher(clean).find()) {
                throw ApiException.badRequest("'" + name + "' is not a valid label name: no spaces and none of :;,.?&[]()#^*@!<>");
            }
            valid.add(new String[] {prefix, clean});
        }
        for (String[] label : valid) store().addLabel(page.id(), label[0], label[1]);
        List<HostPageStore.Label> all = store().labels(page.id());
        return json().list(all.stream().map(ContentJson::label).toList(), 0, 200, all.size(), null);
    }

    @DELETE
    @Path("{id}/label")
    public Response removeLabelByQuery(@PathParam("id") String rawId, @QueryParam("name") String name) {
        if (blank(name)) throw ApiException.badRequest("Give the label to remove as ?name=");
        return removeLabel(rawId, name);
    }

    @DELETE
    @Path("{id}/label/{label}")
    public Response removeLabel(@PathParam("id") String rawId, @PathParam("label") String name) {
        StoredPage page = visiblePage(rawId, Set.of("current"));
        if (!can(Permission.EDIT, page)) throw ApiException.forbidden("Not permitted to remove labels from content with id " + page.id());
        String clean = name.trim().toLowerCase(Locale.ROOT);
        if (clean.startsWith("global:")) clean = clean.substring("global:".length());
        if (!store().removeLabel(page.id(), clean)) throw ApiException.notFound("Label " + name + " is not on content with id " + page.id());
        return Response.noContent().build();
    }

    // ---- restrictions ---------------------------------------------------------------------------------

    @GET
    @Path("{id}/restriction/byOperation")
    public Map<String, Object> restrictions(@PathParam("id") String rawId) {
        StoredPage page = visiblePage(rawId, Set.of("current"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("read", restriction(page, "read"));
        json.put("update", restriction(page, "update"));
        json.put("_links", Map.of("base", json().base(), "context", ""));
        return json;
    }

    @GET
    @Path("{id}/restriction/byOperation/{operation}")
    public Map<String, Object> restrictionFor(@PathParam("id") String rawId, @PathParam("operation") String operation) {
        StoredPage page = visiblePage(rawId, Set.of("current"));
        kind(operation);
        return restriction(page, operation);
    }

    @GET
    @Path("{id}/restriction")
    public Map<String, Object> restrictionList(@PathParam("id") String rawId) {
        StoredPage page = visiblePage(rawId, Set.of("current"));
        List<Map<String, Object>> both = List.of(restriction(page, "read"), restriction(page, "update"));
        return json().list(both, 0, 100, both.size(), null);
    }

    @PUT
    @Path("{id}/restriction/byOperation/{operation}/user")
    public Response addUserRestriction(@PathParam("id") String rawId, @PathParam("operation") String operation,
                                       @QueryParam("userName") String userName, @QueryParam("key") String key) {
        StoredPage page = editablePage(rawId);
        String kind = kind(operation);
        String username = user(userName, key);
        Set<String> allowed = new TreeSet<>(store().restriction(page.id(), kind));
        allowed.add(username);
        store().restrict(page.id(), kind, allowed);
        return Response.ok().build();
    }

    @DELETE
    @Path("{id}/restriction/byOperation/{operation}/user")
    public Response removeUserRestriction(@PathParam("id") String rawId, @PathParam("operation") String operation,
                                          @QueryParam("userName") String userName, @QueryParam("key") String key) {
        StoredPage page = editablePage(rawId);
        String kind = kind(operation);
        String username = user(userName, key);
        Set<String> allowed = new TreeSet<>(store().restriction(page.id(), kind));
        if (!allowed.remove(username)) throw ApiException.notFound("User " + username + " is not in the " + operation + " restriction of content " + page.id());
        store().restrict(page.id(), kind, allowed);
        return Response.ok().build();
    }

    /** Adds the given restrictions to those the page has. */
    @POST
    @Path("{id}/restriction")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> addRestrictions(@PathParam("id") String rawId, JsonNode request) {
        return saveRestrictions(rawId, request, false);
    }

    /** Replaces the restrictions of each operation given. */
    @PUT
    @Path("{id}/restriction")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> replaceRestrictions(@PathParam("id") String rawId, JsonNode request) {
        return saveRestrictions(rawId, request, true);
    }

    private Map<String, Object> saveRestrictions(String rawId, JsonNode request, boolean replace) {
        StoredPage page = editablePage(rawId);
        List<JsonNode> entries = new ArrayList<>();
        if (request != null && request.isArray()) request.forEach(entries::add);
        else if (request != null && request.isObject()) entries.add(request);
        else throw ApiException.badRequest("Send an array of {\"operation\":\"read\",\"restrictions\":{\"user\":[{\"type\":\"known\",\"username\":\"…\"}]}}");
        Map<String, Set<String>> changes = new LinkedHashMap<>();
        for (JsonNode entry : entries) {
            String operation = text(entry, "operation");
            String kind = kind(operation);
            JsonNode restrictions = entry.path("restrictions");
            JsonNode group = restrictions.path("group");
            if (group.isArray() ? !group.isEmpty() : !group.path("results").isMissingNode() && !group.path("results").isEmpty()) {
                throw ApiException.badRequest("Group restrictions are not supported by this server; restrict to users");
            }
            JsonNode user = restrictions.path("user");
            JsonNode list = user.isArray() ? user : user.path("results");
            Set<String> names = changes.computeIfAbsent(kind, k -> new LinkedHashSet<>(replace ? Set.of() : store().restriction(page.id(), k)));
            for (JsonNode u : list) {
                String username = text(u, "username");
                String key = text(u, "userKey");
                Optional<HostUser> found = username != null ? users.byUsername(username) : users.byKey(key);
                if (found.isEmpty()) throw ApiException.badRequest("No user " + (username != null ? username : key));
                names.add(found.get().username());
            }
        }
        changes.forEach((kind, names) -> store().restrict(page.id(), kind, names));
        return restrictions(rawId);
    }

    private Map<String, Object> restriction(StoredPage page, String operation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("operation", operation);
        List<Map<String, Object>> people = store().restriction(page.id(), kind(operation)).stream().map(json()::user).toList();
        Map<String, Object> restrictions = new LinkedHashMap<>();
        restrictions.put("user", json().list(people, 0, 200, people.size(), null));
        restrictions.put("group", json().list(List.of(), 0, 200, 0, null));
        json.put("restrictions", restrictions);
        json.put("_expandable", Map.of("content", "/rest/api/content/" + page.id()));
        json.put("_links", Map.of("self", json().base() + "/rest/api/content/" + page.id() + "/restriction/byOperation/" + operation));
        return json;
    }

    /** Confluence's operations and the host's restriction kinds: read ↔ view, update ↔ edit. */
    private static String kind(String operation) {
        if ("read".equals(operation)) return "view";
        if ("update".equals(operation)) return "edit";
        throw ApiException.badRequest("Operation " + operation + " is not supported: read or update");
    }

    private String user(String userName, String key) {
        if (blank(userName) && blank(key)) throw ApiException.badRequest("Give userName (or key)");
        return (!blank(userName) ? users.byUsername(userName) : users.byKey(key)).map(HostUser::username)
                .orElseThrow(() -> ApiException.notFound("No user " + (blank(userName) ? key : userName)));
    }

    private StoredPage editablePage(String rawId) {
        StoredPage page = visiblePage(rawId, Set.of("current"));
        if (!can(Permission.EDIT, page)) {
            throw ApiException.forbidden("Not permitted to change restrictions of content with id " + page.id() + ": only people who can edit it may");
        }
        return page;
    }

    // ---- shared ---------------------------------------------------------------------------------------

    /** The parent named by {@code ancestors} (the last one), which must be a current page of the same space. */
    private Long parentFrom(JsonNode request, String spaceKey, StoredPage moving) {
        JsonNode ancestors = request.path("ancestors");
        if (!ancestors.isArray() || ancestors.isEmpty()) return null;
        JsonNode last = ancestors.get(ancestors.size() - 1);
        String raw = last.path("id").asText(null);
        Optional<StoredPage> parent = id(raw).flatMap(store()::find).filter(p -> !p.trashed()).filter(this::visible);
        if (parent.isEmpty()) throw ApiException.badRequest("Could not find the parent page with id " + raw);
        if (!parent.get().spaceKey().equals(spaceKey)) {
            throw ApiException.badRequest("The parent page " + raw + " is in space " + parent.get().spaceKey() + ", not " + spaceKey);
        }
        if (moving != null && (parent.get().id() == moving.id()
                || store().ancestors(parent.get()).stream().anyMatch(a -> a.id() == moving.id()))) {
            throw ApiException.badRequest("A page cannot be moved under itself or one of its descendants");
        }
        return parent.get().id();
    }

    private StoredPage visiblePage(String rawId, Set<String> statuses) {
        return id(rawId).flatMap(store()::find)
                .filter(p -> statuses.contains(p.trashed() ? "trashed" : "current"))
                .filter(this::visible)
                .orElseThrow(() -> ApiException.notFound("No content found with id : " + rawId));
    }

    private static Set<String> statuses(String status) {
        if (status == null || status.isBlank()) return Set.of("current");
        Set<String> out = new LinkedHashSet<>();
        for (String s : status.split(",")) {
            switch (s.trim()) {
                case "current", "trashed" -> out.add(s.trim());
                case "any" -> { out.add("current"); out.add("trashed"); }
                case "draft", "historical", "archived" -> { }
                default -> throw ApiException.badRequest("Status " + s.trim() + " is not valid: current, trashed, draft, historical or any");
            }
        }
        return out;
    }

    boolean visible(StoredPage page) { return can(Permission.VIEW, page); }

    /** The view check for a list of pages, reading each space once. */
    private java.util.function.Predicate<StoredPage> visibleFilter() {
        Map<String, com.atlassian.confluence.spaces.Space> spaces = new java.util.HashMap<>();
        HostUser user = HostUsers.current();
        return page -> permissions.hasPermission(user, Permission.VIEW,
                page.toContent(spaces.computeIfAbsent(page.spaceKey(), store()::getSpace)));
    }

    private boolean can(Permission permission, StoredPage page) {
        return permissions.hasPermission(HostUsers.current(), permission, page.toContent(store().getSpace(page.spaceKey())));
    }

    private static String storage(JsonNode request, String fallback) {
        JsonNode value = request.path("body").path("storage").path("value");
        return value.isTextual() ? value.asText() : fallback;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static Optional<Long> id(String raw) {
        try {
            return raw == null ? Optional.empty() : Optional.of(Long.parseLong(raw.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
