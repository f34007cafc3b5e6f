package io.meetingmemo.preview.web;

import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import io.meetingmemo.preview.descriptor.PluginDescriptor;
import io.meetingmemo.preview.platform.HostBlueprints;
import io.meetingmemo.preview.platform.HostI18n;
import io.meetingmemo.preview.platform.HostTemplateRenderer;
import io.meetingmemo.preview.store.HostPageStore;
import io.meetingmemo.preview.store.HostUser;
import io.meetingmemo.preview.store.HostUsers;
import io.meetingmemo.preview.store.PageService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The preview host's browser pages, at Confluence's URLs: the space list with each space's pages and blog posts,
 * page and blog-post view ({@code /pages/viewpage.action?pageId=N}), a storage-format editor, page creation with a
 * "New memo" template, blog-post creation ({@code /pages/createblogpost.action}), and the login form. Pages are
 * Velocity templates with escaping on.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class HostPages {
    private static final String TEMPLATES = "io/meetingmemo/preview/web/";
    /** Output types a viewer can ask for, to see how a memo looks in an export or an email. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> OUTPUT_TYPES = Set.of("display", "preview", "pdf", "word", "email");
    /** The web-resource contexts Confluence loads with its editor and with the macro browser inside it. */
    static final Set<String> EDITOR_CONTEXTS = Set.of("editor", "macro-browser");

    private final HostTemplateRenderer templates;
    private final PageService pages;
    private final PermissionManager permissions;
    private final HostAuthentication authentication;
    private final PluginDescriptor descriptor;
    private final HostI18n i18n;
    private final HostBlueprints blueprints;
    private PageRenderer renderer;

    public HostPages(HostTemplateRenderer templates, PageService pages, PermissionManager permissions,
                     HostAuthentication authentication, PluginDescriptor descriptor, HostI18n i18n, HostBlueprints blueprints) {
        this.templates = templates;
        this.pages = pages;
        this.permissions = permissions;
        this.authentication = authentication;
        this.descriptor = descriptor;
        this.i18n = i18n;
        this.blueprints = blueprints;
    }

    public void setRenderer(PageRenderer renderer) { this.renderer = renderer; }

    @GET
    public Response home(@QueryParam("spaceKey") String spaceKey) {
        HostUser user = HostUsers.current();
        List<Map<String, Object>> spaces = new ArrayList<>();
        for (Space space : pages.store().spaces()) {
            if (spaceKey != null && !spaceKey.equals(space.getKey())) continue;
            List<Map<String, Object>> list = visibleContent(user, space, Page.CONTENT_TYPE);
            List<Map<String, Object>> posts = visibleContent(user, space, BlogPost.CONTENT_TYPE);
            spaces.add(Map.of("key", space.getKey(), "name", space.getName(), "pages", list, "hasPages", !list.isEmpty(), "posts", posts,
                    "hasPosts", !posts.isEmpty()));
        }
        Map<String, Object> model = chrome(user, "Spaces");
        model.put("spaces", spaces);
        // The Create dialog's entries: the app's blueprints, named in the user's language.
        model.put("createDialog", user == null ? List.of() : blueprints.createDialog(user).stream()
                .map(entry -> Map.of("blueprintKey", entry.blueprintKey(), "name", entry.name())).toList());
        return page("home.vm", model);
    }

    /** The space's current content of one type that the user may see, newest first, for the space list. */
    private List<Map<String, Object>> visibleContent(HostUser user, Space space, String type) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (HostPageStore.StoredPage p : pages.store().list(space.getKey(), false, type)) {
            if (!permissions.hasPermission(user, Permission.VIEW, p.toContent(space))) continue;
            list.add(Map.of("id", p.id(), "title", p.title(), "updated", p.updatedAt().toString().substring(0, 10)));
        }
        return list;
    }

    @GET
    @Path("pages/viewpage.action")
    public Response view(@QueryParam("pageId") String pageId, @QueryParam("outputType") @DefaultValue("display") String outputType) {
        HostUser user = HostUsers.current();
        Optional<HostPageStore.StoredPage> page = parse(pageId).flatMap(pages.store()::find).filter(p -> !p.trashed());
        if (page.isEmpty()) return notFound(user);
        Space space = pages.store().getSpace(page.get().spaceKey());
        if (!permissions.hasPermission(user, Permission.VIEW, page.get().toContent(space))) return notFound(user);
        String type = OUTPUT_TYPES.contains(outputType) ? outputType : "display";
        PageRenderer.Rendered rendered = renderer.render(page.get().toContent(space), type, i18n.getLocale(user));
        Map<String, Object> model = chrome(user, page.get().title());
        model.put("page", Map.of("id", page.get().id(), "title", page.get().title(), "spaceKey", space.getKey(),
                "spaceName", space.getName(), "version", page.get().version(), "blogPost", page.get().blogPost()));
        model.put("pageBodyHtml", rendered.bodyHtml());
        model.put("stylesheets", resourceUrls(rendered.requiredResources(), ".css"));
        model.put("scripts", type.equals("display") || type.equals("preview") ? resourceUrls(rendered.requiredResources(), ".js") : List.of());
        model.put("canEdit", permissions.hasPermission(user, Permission.EDIT, page.get().toContent(space)));
        model.put("outputType", type);
        return page("view-page.vm", model);
    }

    @GET
    @Path("pages/editpage.action")
    public Response edit(@QueryParam("pageId") String pageId) {
        HostUser user = HostUsers.current();
        Optional<HostPageStore.StoredPage> page = parse(pageId).flatMap(pages.store()::find).filter(p -> !p.trashed());
        if (page.isEmpty()) return notFound(user);
        Space space = pages.store().getSpace(page.get().spaceKey());
        if (!permissions.hasPermission(user, Permission.EDIT, page.get().toContent(space))) return notFound(user);
        return editor(user, page.get().spaceKey(), page.get().type(), page.get().id(), page.get().title(), page.get().body(),
                page.get().version() + 1, null);
    }

    @GET
    @Path("pages/createpage.action")
    public Response create(@QueryParam("spaceKey") String spaceKey, @QueryParam("blueprint") String blueprintKey) {
        HostUser user = HostUsers.current();
        if (spaceKey == null || pages.store().getSpace(spaceKey) == null) return notFound(user);
        if (blueprintKey == null) return editor(user, spaceKey, Page.CONTENT_TYPE, 0, "", "<p></p>", 1, null);
        // Only a blueprint the app declares; the key selects nothing else.
        Optional<HostBlueprints.NewPage> page = blueprints.newPage(blueprintKey, user, spaceKey);
        if (page.isEmpty()) return notFound(user);
        return editor(user, spaceKey, Page.CONTENT_TYPE, 0, page.get().title(), page.get().body(), 1, null);
    }

    @GET
    @Path("pages/createblogpost.action")
    public Response createBlogPost(@QueryParam("spaceKey") String spaceKey) {
        HostUser user = HostUsers.current();
        if (spaceKey == null || pages.store().getSpace(spaceKey) == null) return notFound(user);
        return editor(user, spaceKey, BlogPost.CONTENT_TYPE, 0, "", "<p></p>", 1, null);
    }

    @POST
    @Path("pages/savepage.action")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@FormParam("token") String token, @FormParam("spaceKey") String spaceKey, @FormParam("pageId") long pageId,
                         @FormParam("version") int version, @FormParam("title") String title, @FormParam("body") String body,
                         @FormParam("contentType") String contentType) {
        HostUser user = HostUsers.current();
        if (!authentication.validFormToken(user, token)) return Response.status(403).entity("This form expired; reload the editor.").type(MediaType.TEXT_PLAIN).build();
        String type = BlogPost.CONTENT_TYPE.equals(contentType) ? BlogPost.CONTENT_TYPE : Page.CONTENT_TYPE;
        String cleanTitle = title == null ? "" : title.trim();
        if (cleanTitle.isEmpty()) return editor(user, spaceKey, type, pageId, cleanTitle, body, version, "Give the page a title.");
        if (pageId == 0) {
            if (pages.store().getSpace(spaceKey) == null) return notFound(user);
            if (pages.store().findByTitle(spaceKey, cleanTitle, type).isPresent()) {
                return editor(user, spaceKey, type, 0, cleanTitle, body, 1,
                        type.equals(Page.CONTENT_TYPE) ? "A page with this title already exists in the space." : "A blog post with this title already exists in the space.");
            }
            HostPageStore.StoredPage saved = type.equals(Page.CONTENT_TYPE) ? pages.create(spaceKey, cleanTitle, body, user.username())
                    : pages.createBlogPost(spaceKey, cleanTitle, body, user.username());
            return Response.seeOther(URI.create("/pages/viewpage.action?pageId=" + saved.id())).build();
        }
        Optional<HostPageStore.StoredPage> current = pages.store().find(pageId);
        if (current.isEmpty() || !permissions.hasPermission(user, Permission.EDIT, current.get().toContent(pages.store().getSpace(current.get().spaceKey())))) {
            return notFound(user);
        }
        if (pages.update(pageId, version, cleanTitle, body, user.username()).isEmpty()) {
            return editor(user, spaceKey, type, pageId, cleanTitle, body, version,
                    "Someone else saved this page meanwhile. Copy your text, reload the editor and apply it again.");
        }
        return Response.seeOther(URI.create("/pages/viewpage.action?pageId=" + pageId)).build();
    }

    @GET
    @Path("login")
    public Response loginForm(@QueryParam("next") String next) {
        Map<String, Object> model = chrome(null, "Log in");
        model.put("next", safeNext(next));
        model.put("error", null);
        model.put("users", authentication.users().all().stream().map(u -> u.username()).toList());
        return page("login.vm", model);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("username") String username, @FormParam("password") String password, @FormParam("next") String next) {
        Optional<HostUser> user = authentication.users().authenticate(username == null ? "" : username.trim(), password);
        if (user.isEmpty()) {
            Map<String, Object> model = chrome(null, "Log in");
            model.put("next", safeNext(next));
            model.put("error", "Wrong username or password.");
            model.put("users", authentication.users().all().stream().map(u -> u.username()).toList());
            return Response.status(401).entity(render("login.vm", model)).build();
        }
        return Response.seeOther(URI.create(safeNext(next))).cookie(authentication.sessionCookie(user.get())).build();
    }

    @POST
    @Path("logout")
    public Response logout() {
        return Response.seeOther(URI.create("/login")).cookie(authentication.expiredCookie()).build();
    }

    /** A servlet's decorated page inside the host chrome; {@code title} and {@code body} are the servlet's HTML. */
    String decorate(HostUser user, String title, String bodyHtml, Set<String> requiredResources) {
        Map<String, Object> model = chrome(user, title.replaceAll("<[^>]*>", "").trim());
        model.put("servletBodyHtml", bodyHtml);
        model.put("stylesheets", resourceUrls(requiredResources, ".css"));
        model.put("scripts", resourceUrls(requiredResources, ".js"));
        return render("decorated.vm", model);
    }

    /** Confluence's login URL, used by the app's servlets, leads to the host's login form. */
    @GET
    @Path("login.action")
    public Response confluenceLogin(@QueryParam("os_destination") String destination) {
        return Response.seeOther(URI.create("/login?next=" + java.net.URLEncoder.encode(safeNext(destination), java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    String macroError(String macroName, String message) {
        return render("macro-error.vm", Map.of("macroName", macroName, "message", message == null ? "" : message));
    }

    /**
     * The editor's own script: one fixed file of the host, served from the host's class path (no
     * parameter chooses what is read).
     */
    @GET
    @Path("preview-host/macro-browser.js")
    @Produces("text/javascript;charset=utf-8")
    public Response macroBrowserScript() {
        try (InputStream in = HostPages.class.getClassLoader().getResourceAsStream(TEMPLATES + "macro-browser.js")) {
            if (in == null) return Response.status(404).build();
            return Response.ok(in.readAllBytes()).header("Cache-Control", "max-age=3600").header("X-Content-Type-Options", "nosniff").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The "Insert macro" dialog's data for this user, as JSON: the app's macros and their forms, users and spaces. */
    String macroBrowserJson(HostUser user) {
        List<MacroBrowser.UserOption> users = authentication.users().all().stream()
                .map(u -> new MacroBrowser.UserOption(u.key().getStringValue(), u.username(), u.fullName())).toList();
        List<MacroBrowser.SpaceOption> spaces = pages.store().spaces().stream()
                .map(s -> new MacroBrowser.SpaceOption(s.getKey(), s.getName())).toList();
        MacroBrowser.Metadata metadata = MacroBrowser.of(descriptor, i18n, i18n.getLocale(user), renderer::bodyType, users, spaces);
        try {
            return JSON.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the macro browser's data", e);
        }
    }

    private Response editor(HostUser user, String spaceKey, String contentType, long pageId, String title, String body, int version, String error) {
        boolean blogPost = BlogPost.CONTENT_TYPE.equals(contentType);
        Map<String, Object> model = chrome(user, pageId == 0 ? (blogPost ? "New blog post" : "New page") : "Edit " + title);
        model.put("macroBrowserJson", macroBrowserJson(user));
        model.put("spaceKey", spaceKey);
        model.put("contentType", blogPost ? BlogPost.CONTENT_TYPE : Page.CONTENT_TYPE);
        model.put("blogPost", blogPost);
        model.put("pageId", pageId);
        model.put("title", title);
        model.put("body", body);
        model.put("version", version);
        model.put("error", error);
        model.put("token", authentication.formToken(user));
        // Confluence's editor page carries the content's facts as ajs-* meta tags (read with AJS.Meta.get), and loads
        // the web-resources of the editor and macro-browser contexts after its own scripts.
        model.put("ajsMeta", List.of(Map.of("name", "space-key", "content", spaceKey), Map.of("name", "page-id", "content", String.valueOf(pageId)),
                Map.of("name", "content-type", "content", blogPost ? BlogPost.CONTENT_TYPE : Page.CONTENT_TYPE),
                Map.of("name", "remote-user", "content", user.username())));
        model.put("stylesheets", contextResourceUrls(EDITOR_CONTEXTS, ".css"));
        List<String> scripts = new ArrayList<>();
        scripts.add("/preview-host/macro-browser.js");
        scripts.addAll(contextResourceUrls(EDITOR_CONTEXTS, ".js"));
        model.put("scripts", scripts);
        return page("edit-page.vm", model);
    }

    /**
     * The URLs of the app's resources with this extension in web-resources that name one of {@code contexts}, in the
     * descriptor's order; a web-resource of the app they depend on comes first, as Confluence's web-resource manager orders them.
     */
    List<String> contextResourceUrls(Set<String> contexts, String extension) {
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        for (PluginDescriptor.WebResource wr : descriptor.webResources()) {
            if (wr.contexts().stream().anyMatch(contexts::contains)) addWithDependencies(wr, keys);
        }
        List<String> urls = new ArrayList<>();
        for (String completeKey : keys) {
            for (PluginDescriptor.WebResource wr : descriptor.webResources()) {
                if (!wr.completeKey(descriptor.key()).equals(completeKey)) continue;
                for (PluginDescriptor.Resource r : wr.resources()) {
                    if (r.type().equals("download") && r.name().endsWith(extension)) urls.add("/download/resources/" + completeKey + "/" + r.name());
                }
            }
        }
        return urls;
    }

    private void addWithDependencies(PluginDescriptor.WebResource wr, java.util.LinkedHashSet<String> keys) {
        String completeKey = wr.completeKey(descriptor.key());
        if (keys.contains(completeKey)) return;
        for (String dependency : wr.dependencies()) {
            descriptor.webResources().stream().filter(other -> other.completeKey(descriptor.key()).equals(dependency))
                    .findFirst().ifPresent(other -> addWithDependencies(other, keys));
        }
        keys.add(completeKey);
    }

    private List<String> resourceUrls(Set<String> completeKeys, String extension) {
        List<String> urls = new ArrayList<>();
        for (PluginDescriptor.WebResource wr : descriptor.webResources()) {
            String completeKey = wr.completeKey(descriptor.key());
            if (!completeKeys.contains(completeKey)) continue;
            for (PluginDescriptor.Resource r : wr.resources()) {
                if (r.name().endsWith(extension)) urls.add("/download/resources/" + completeKey + "/" + r.name());
            }
        }
        return urls;
    }

    private Map<String, Object> chrome(HostUser user, String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", user == null ? null : Map.of("username", user.username(), "fullName", user.fullName(), "administrator", user.administrator()));
        model.put("pageTitle", title);
        model.put("lang", i18n.getLocale(user).toLanguageTag());
        model.put("spaceKeys", pages.store().spaces().stream().map(Space::getKey).toList());
        model.put("token", user == null ? "" : authentication.formToken(user));
        model.put("ajsMeta", List.of());
        model.put("stylesheets", List.of());
        model.put("scripts", List.of());
        List<Map<String, String>> links = new ArrayList<>();
        if (user != null) {
            java.util.Set<String> shown = new java.util.HashSet<>();
            for (PluginDescriptor.WebItem item : descriptor.webItems()) {
                // The host's header stands for both the user menu and the user's settings: one link each.
                // Confluence shows its administration sections to administrators only.
                if (item.section().startsWith("system.admin") && !user.administrator()) continue;
                if (!shown.add(item.link())) continue;
                links.add(Map.of("label", item.labelKey() == null ? item.key() : i18n.getText(i18n.getLocale(user), item.labelKey()),
                        "href", item.link()));
            }
        }
        model.put("appLinks", links);
        return model;
    }

    /** One of the host's own tool pages (the Outbox) in the host's chrome; {@code content} adds to the chrome's model. */
    String hostPage(HostUser user, String title, String template, Map<String, Object> content) {
        Map<String, Object> model = chrome(user, title);
        model.putAll(content);
        return render(template, model);
    }

    private Response notFound(HostUser user) {
        return Response.status(404).entity(render("not-found.vm", chrome(user, "Not found"))).build();
    }

    private Response page(String template, Map<String, Object> model) { return Response.ok(render(template, model)).build(); }

    private String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            templates.render(TEMPLATES + template, model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Only a local path may follow a login, so the form cannot redirect to another site. A path holding
     * anything a URI may not (control characters, spaces, ideographic spaces, which browsers strip or
     * treat as separators) is not a path this host links to; such a next leads home instead of failing.
     */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) return "/";
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c <= 0x20 || c >= 0x7f) return "/";
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? next : "/";
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
