package io.meetingmemo.preview.web;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meetingmemo.preview.descriptor.PluginDescriptor;
import io.meetingmemo.preview.platform.HostBlueprints;
import io.meetingmemo.preview.platform.HostI18n;
import io.meetingmemo.preview.platform.HostPermissions;
import io.meetingmemo.preview.store.HostPageStore;
import io.meetingmemo.preview.store.HostUser;
import io.meetingmemo.preview.store.HostUsers;
import io.meetingmemo.preview.store.PageService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confluence's {@code POST /rest/create-dialog/1.0/content-blueprint/create-content}: creates a page from a blueprint
 * directly, without the editor, as the Create dialog does for a blueprint with {@code create-result="view"} and as
 * scripts and apps do with a blueprint's module key.
 *
 * <p>Read from Confluence's create-content plugin 18.7.17 (the one Confluence 8.7.2 ships), decompiled in GitHub
 * {@code ngannk-fptu/Decompiled-Files} at commit {@code e0c88ec5}: {@code rest/ContentBlueprintResource.createPage},
 * {@code rest/entities/CreateBlueprintPageRestEntity} (the request), {@code rest/entities/PageEntity} (the answer),
 * {@code impl/DefaultRequestResolver.resolve}, {@code impl/DefaultContentBlueprintService.createPage},
 * {@code actions/DefaultBlueprintContentGenerator}, {@code impl/DefaultContentBlueprintManager.getPluginBackedContentBlueprint},
 * {@code exceptions/RestExceptionMapper}, {@code ResourceException} and {@code ResourceErrorBean} (the error body);
 * the Create dialog's script ({@code blueprint-object.js}: {@code getRestTail("view")}, {@code assemblePageSubmissionObject},
 * {@code window.location = data.createSuccessRedirectUrl || data.url}, {@code JSON.parse(xhr.responseText).errorMessage}).
 * Those are the 8.7.2-era sources; that 10.2 answers the same is [I] (no 10.x artefact was at hand).
 *
 * <p>The request: {@code spaceKey} (or {@code spaceId}), the blueprint as {@code contentBlueprintId} (the id the Create
 * dialog's web-items carry) or, when that is blank, {@code moduleCompleteKey} (the blueprint module's complete key),
 * {@code title} (optional: else the context's {@code title}, else the title the context provider set),
 * {@code parentPageId} (0 or absent: none), {@code context} (handed to the context provider as its map),
 * {@code viewPermissionsUsers}, {@code contentTemplateId}/{@code contentTemplateKey}. The answer: 200 with
 * {@code {"pageId","title","spaceKey","url","indexPage","createSuccessRedirectUrl"}}. Refusals, in Confluence's order,
 * each 400 with {@code {"errorCode","errorType","errorData","errorMessage"}}: no space ({@code INVALID:SPACE}); no
 * blueprint of that id or key ({@code INVALID:BLUEPRINT}); no permission to add pages to the space
 * ({@code PERMISSION:USER:CREATE:PAGE}); a parent the caller may not view ({@code PERMISSION:USER:VIEW:PAGE}); a
 * blueprint whose {@code create-result} is not {@code view} ({@code INVALID:CREATE_RESULT:BLUEPRINT}); a title a page of
 * the space has ({@code DUPLICATED:TITLE}). What the context provider throws as a {@link WebApplicationException} is
 * answered with its response; anything else it throws is a 500 with {@code errorType} {@code UNKNOWN} and the message.
 *
 * <p>Where the host differs: it reads JSON only (Confluence also takes XML); it makes no index page (a page without a
 * parent goes under the space's home page, where Confluence would put it under the blueprint's index page, or at the
 * top of the space when the index page is disabled); it refuses {@code viewPermissionsUsers} and template overrides;
 * Confluence checks only the request's title for duplicates, the host also refuses a provider's title a page of the
 * space has, and an empty title ([U] what Confluence's save does with either); a malformed UUID or module key, which
 * Confluence answers with a 500 from the exception it hits, is a 500 here too.
 */
@Path("/content-blueprint")
@Produces(MediaType.APPLICATION_JSON)
public final class CreateContentResource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HostBlueprints blueprints;
    private final PageService pages;
    private final HostPermissions permissions;
    private final HostI18n i18n;
    private final String baseUrl;

    public CreateContentResource(HostBlueprints blueprints, PageService pages, HostPermissions permissions, HostI18n i18n, String baseUrl) {
        this.blueprints = blueprints;
        this.pages = pages;
        this.permissions = permissions;
        this.i18n = i18n;
        this.baseUrl = baseUrl;
    }

    @POST
    @Path("create-content")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createContent(JsonNode request) {
        if (request == null || request.isNull()) {
            throw error(400, "PARAMETER:MISSING", "bodyEntity", "This request requires a body entity with the data of the object to create/update");
        }
        if (!request.isObject()) throw new IllegalArgumentException("the request is not a CreateBlueprintPageRestEntity object");
        HostUser user = HostUsers.current();
        HostPageStore store = pages.store();

        // DefaultRequestResolver.resolve: the space, the parent, the blueprint; then validateBlueprintPageEntity.
        String spaceKey = text(request, "spaceKey");
        Space space = !isBlank(spaceKey) ? store.getSpace(spaceKey)
                : store.spaceRows(null).stream().filter(r -> r.id() == number(request, "spaceId")).findFirst()
                        .map(r -> store.getSpace(r.key())).orElse(null);
        long parentPageId = number(request, "parentPageId");
        Optional<HostPageStore.StoredPage> parent = store.find(parentPageId).filter(p -> !p.trashed() && !p.blogPost());
        String contentBlueprintId = text(request, "contentBlueprintId");
        Optional<PluginDescriptor.Blueprint> blueprint;
        if (!isBlank(contentBlueprintId)) {
            blueprint = blueprints.byContentBlueprintId(UUID.fromString(contentBlueprintId)); // a malformed id throws, as in Confluence
        } else {
            String moduleKey = text(request, "moduleCompleteKey");
            if (moduleKey == null || moduleKey.indexOf(':') <= 0 || moduleKey.endsWith(":")) {
                throw new IllegalArgumentException("Invalid complete key specified: " + moduleKey); // ModuleCompleteKey's own refusal
            }
            blueprint = blueprints.byCompleteKey(moduleKey);
        }
        if (space == null) throw error(400, "INVALID:SPACE", null, "Invalid space.");
        if (blueprint.isEmpty()) throw error(400, "INVALID:BLUEPRINT", null, "Invalid blueprint module key specified.");
        if (!permissions.canCreatePage(user, space.getKey())) {
            throw error(400, "PERMISSION:USER:CREATE:PAGE", space.getKey(), "No permission to create pages in space " + space.getKey() + ".");
        }
        if (parent.isPresent() && !permissions.hasPermission(user, Permission.VIEW, parent.get().toContent(store.getSpace(parent.get().spaceKey())))) {
            throw error(400, "PERMISSION:USER:VIEW:PAGE", parent.get().id(), "No permission to create child pages of " + parent.get().title() + ".");
        }
        if (!isBlank(text(request, "contentTemplateId")) || !isBlank(text(request, "contentTemplateKey"))) {
            throw error(400, "INVALID:ENTITY", null, "The preview host creates from a blueprint's first content template only");
        }

        // DefaultContentBlueprintService.createPage.
        String createResult = blueprint.get().createResult();
        if (!"view".equals(createResult)) {
            throw error(400, "INVALID:CREATE_RESULT:BLUEPRINT", createResult, "Attempted to create a page that needs to go to the editor.");
        }
        String title = text(request, "title");
        if (store.getPage(space.getKey(), title) != null) {
            throw error(400, "DUPLICATED:TITLE", title, "Attempted to create a page with the same title as an existing page.");
        }
        if (!isBlank(text(request, "viewPermissionsUsers"))) {
            throw error(400, "INVALID:ENTITY", null, "The preview host does not restrict blueprint pages (viewPermissionsUsers)");
        }
        if (!blueprint.get().indexPageDisabled()) {
            String indexTitle = i18n.getText(Locale.ENGLISH, blueprint.get().nameKey());
            if (title != null && indexTitle.equalsIgnoreCase(title)) {
                throw error(400, "DUPLICATED:TITLE_INDEX", title, "Attempted to create a page with the same title as this Blueprint's Index page.");
            }
        }
        Map<String, Object> context = request.hasNonNull("context") ? contextOf(request.get("context")) : null;
        HostBlueprints.Generated generated = blueprints.generate(blueprint.get(), context, user);
        String finalTitle = !isBlank(title) ? title
                : context != null && context.get("title") instanceof String t && !t.isBlank() ? t
                : providerTitle(generated.context());
        if (isBlank(finalTitle)) throw new IllegalStateException("The page has no title: give one, or have the blueprint's context provider set one");
        finalTitle = finalTitle.trim();
        if (store.getPage(space.getKey(), finalTitle) != null) {
            throw error(400, "DUPLICATED:TITLE", finalTitle, "Attempted to create a page with the same title as an existing page.");
        }
        if (parent.isPresent() && !parent.get().spaceKey().equals(space.getKey())) {
            throw new IllegalArgumentException("Can't add a parent from another space."); // Page.setParentPage
        }
        HostPageStore.StoredPage saved = pages.create(space.getKey(), parent.map(HostPageStore.StoredPage::id).orElse(null), finalTitle,
                generated.body(), user.username());
        if (!isBlank(blueprint.get().indexKey())) store.addLabel(saved.id(), "global", blueprint.get().indexKey());

        String url = baseUrl + new Page() {{ setId(saved.id()); }}.getUrlPath();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("pageId", saved.id());
        answer.put("title", saved.title());
        answer.put("spaceKey", saved.spaceKey());
        answer.put("url", url);
        answer.put("indexPage", null);
        answer.put("createSuccessRedirectUrl", url);
        return Response.ok(answer).build();
    }

    /** DefaultBlueprintContentGenerator.getContentPageTitle: ContentPageTitle, after "ParentPageTitle - " when given. */
    private static String providerTitle(Map<String, Object> context) {
        Object title = context.get("ContentPageTitle");
        if (!(title instanceof String t) || t.isBlank()) return null;
        Object prefix = context.get("ParentPageTitle");
        return prefix instanceof String p && !p.isBlank() ? p + " - " + t : t;
    }

    /** The request's context as the map Confluence's JSON binding makes of it: strings, numbers, booleans, lists, maps. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> contextOf(JsonNode node) {
        if (!node.isObject()) throw new IllegalArgumentException("context is not a JSON object");
        return new LinkedHashMap<>(JSON.convertValue(node, Map.class));
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    /** A {@code long} field as Jackson binds one: a number, a numeric string; absent, null or "" is 0. */
    private static long number(JsonNode request, String field) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) return 0;
        if (value.isIntegralNumber()) return value.asLong();
        try {
            return Long.parseLong(value.asText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not a number: " + value);
        }
    }

    private static boolean isBlank(String s) { return s == null || s.isBlank(); }

    /** A refusal as the create-content plugin's {@code ResourceException} answers it. */
    static WebApplicationException error(int status, String errorType, Object errorData, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errorCode", status);
        body.put("errorType", errorType);
        body.put("errorData", errorData);
        body.put("errorMessage", message);
        return new WebApplicationException(message, Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
    }

    /**
     * The create-content plugin's {@code RestExceptionMapper}: a {@link WebApplicationException} (its own refusals and
     * whatever a context provider throws as one) is answered with its response; anything else is a 500 of type
     * {@code UNKNOWN} with the exception's message.
     */
    public static final class Errors implements ExceptionMapper<Exception> {
        private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

        @Override
        public Response toResponse(Exception exception) {
            if (exception instanceof WebApplicationException web) return web.getResponse();
            LOG.error(exception.getMessage(), exception);
            return error(500, "UNKNOWN", null, String.valueOf(exception.getMessage())).getResponse();
        }
    }
}
