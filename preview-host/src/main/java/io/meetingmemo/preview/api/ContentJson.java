package io.meetingmemo.preview.api;

import io.meetingmemo.preview.store.HostPageStore;
import io.meetingmemo.preview.store.HostPageStore.StoredPage;
import io.meetingmemo.preview.store.HostUser;
import io.meetingmemo.preview.store.HostUsers;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Content, spaces, users and result pages in Confluence's JSON: what is not expanded is listed under
 * {@code _expandable} with the address that would expand it, and lists carry {@code start}, {@code limit},
 * {@code size} and {@code _links} ({@code base}, {@code context}, {@code self} and {@code next} while more follow).
 */
public final class ContentJson {
    private static final String[] CONTENT_EXPANDABLES = {"container", "metadata", "operations", "children", "restrictions",
            "history", "ancestors", "body", "version", "descendants", "space"};

    private final HostPageStore store;
    private final HostUsers users;
    private final String base;

    public ContentJson(HostPageStore store, HostUsers users, UriInfo uri) {
        this.store = store;
        this.users = users;
        URI b = uri.getBaseUri();
        this.base = b.getScheme() + "://" + b.getRawAuthority();
    }

    public String base() { return base; }

    public Map<String, Object> content(StoredPage p, Expand expand) {
        String self = "/rest/api/content/" + p.id();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", String.valueOf(p.id()));
        json.put("type", p.type());
        json.put("status", p.trashed() ? "trashed" : "current");
        json.put("title", p.title());
        Map<String, Object> expandable = new LinkedHashMap<>();
        HostPageStore.SpaceRow space = store.spaceRow(p.spaceKey()).orElse(null);
        for (String property : CONTENT_EXPANDABLES) {
            if (expand.has(property)) {
                switch (property) {
                    case "space", "container" -> json.put(property, space == null ? Map.of("key", p.spaceKey()) : space(space, expand.below(property)));
                    case "version" -> json.put("version", version(p));
                    case "history" -> json.put("history", history(p));
                    case "ancestors" -> json.put("ancestors", store.ancestors(p).stream().map(a -> content(a, Expand.NONE)).toList());
                    case "body" -> json.put("body", body(p, expand.below("body")));
                    case "metadata" -> json.put("metadata", metadata(p, expand.below("metadata")));
                    case "children" -> json.put("children", children(p, expand.below("children")));
                    default -> expandable.put(property, expandableLink(property, p));
                }
            } else {
                expandable.put(property, expandableLink(property, p));
            }
        }
        json.put("extensions", Map.of("position", "none"));
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("webui", "/pages/viewpage.action?pageId=" + p.id());
        links.put("edit", "/pages/resumedraft.action?draftId=" + p.id());
        links.put("tinyui", "/x/" + p.id());
        links.put("collection", "/rest/api/content");
        links.put("base", base);
        links.put("context", "");
        links.put("self", base + self);
        json.put("_links", links);
        json.put("_expandable", expandable);
        return json;
    }

    private String expandableLink(String property, StoredPage p) {
        return switch (property) {
            case "container", "space" -> "/rest/api/space/" + p.spaceKey();
            case "children" -> "/rest/api/content/" + p.id() + "/child";
            case "restrictions" -> "/rest/api/content/" + p.id() + "/restriction/byOperation";
            case "history" -> "/rest/api/content/" + p.id() + "/history";
            case "descendants" -> "/rest/api/content/" + p.id() + "/descendant";
            default -> "";
        };
    }

    private Map<String, Object> version(StoredPage p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("by", user(p.updatedBy()));
        v.put("when", p.updatedAt().toString());
        v.put("message", "");
        v.put("number", p.version());
        v.put("minorEdit", false);
        v.put("hidden", false);
        v.put("_links", Map.of("self", base + "/rest/experimental/content/" + p.id() + "/version/" + p.version()));
        v.put("_expandable", Map.of("content", "/rest/api/content/" + p.id()));
        return v;
    }

    private Map<String, Object> history(StoredPage p) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("latest", true);
        h.put("createdBy", user(p.updatedBy()));
        h.put("createdDate", p.updatedAt().toString());
        h.put("_links", Map.of("self", base + "/rest/api/content/" + p.id() + "/history"));
        h.put("_expandable", Map.of("lastUpdated", "", "previousVersion", "", "contributors", "", "nextVersion", ""));
        return h;
    }

    private Map<String, Object> body(StoredPage p, Expand expand) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> expandable = new LinkedHashMap<>();
        if (expand.has("storage")) {
            String value = p.body() != null ? p.body() : store.find(p.id()).map(StoredPage::body).orElse("");
            Map<String, Object> storage = new LinkedHashMap<>();
            storage.put("value", value == null ? "" : value);
            storage.put("representation", "storage");
            storage.put("_expandable", Map.of("content", "/rest/api/content/" + p.id()));
            body.put("storage", storage);
        } else {
            expandable.put("storage", "");
        }
        for (String other : List.of("editor", "view", "export_view", "styled_view", "anonymous_export_view")) expandable.put(other, "");
        body.put("_expandable", expandable);
        return body;
    }

    private Map<String, Object> metadata(StoredPage p, Expand expand) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (expand.has("labels")) {
            List<Map<String, Object>> labels = store.labels(p.id()).stream().map(ContentJson::label).toList();
            metadata.put("labels", list(labels, 0, 200, labels.size(), null));
        }
        metadata.put("_expandable", expand.has("labels") ? Map.of() : Map.of("labels", ""));
        return metadata;
    }

    private Map<String, Object> children(StoredPage p, Expand expand) {
        Map<String, Object> children = new LinkedHashMap<>();
        if (expand.has("page")) {
            List<Map<String, Object>> pages = store.children(p.id()).stream().map(c -> content(c, Expand.NONE)).toList();
            children.put("page", list(pages, 0, pages.size(), pages.size(), null));
        }
        Map<String, Object> expandable = new LinkedHashMap<>();
        for (String type : List.of("attachment", "comment", "page")) {
            if (!(type.equals("page") && expand.has("page"))) expandable.put(type, "/rest/api/content/" + p.id() + "/child/" + type);
        }
        children.put("_expandable", expandable);
        children.put("_links", Map.of("self", base + "/rest/api/content/" + p.id() + "/child"));
        return children;
    }

    public static Map<String, Object> label(HostPageStore.Label l) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("prefix", l.prefix());
        json.put("name", l.name());
        json.put("id", String.valueOf(l.id()));
        json.put("label", l.name());
        return json;
    }

    public Map<String, Object> space(HostPageStore.SpaceRow s, Expand expand) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("key", s.key());
        json.put("name", s.name());
        Map<String, Object> expandable = new LinkedHashMap<>();
        expandable.put("metadata", "");
        expandable.put("icon", "");
        if (expand.has("description")) {
            Map<String, Object> description = new LinkedHashMap<>();
            description.put("plain", Map.of("value", s.description() == null ? "" : s.description(), "representation", "plain",
                    "embeddedContent", List.of()));
            description.put("_expandable", Map.of("view", ""));
            json.put("description", description);
        } else {
            expandable.put("description", "");
        }
        expandable.put("retentionPolicy", "");
        Long home = s.homePageId();
        if (expand.has("homepage") && home != null) {
            store.find(home).ifPresent(h -> json.put("homepage", content(h, expand.below("homepage"))));
        }
        if (!json.containsKey("homepage")) expandable.put("homepage", home == null ? "" : "/rest/api/content/" + home);
        json.put("type", "global");
        json.put("status", "current");
        json.put("_links", Map.of("webui", "/display/" + s.key(), "self", base + "/rest/api/space/" + s.key()));
        json.put("_expandable", expandable);
        return json;
    }

    public Map<String, Object> user(String username) {
        HostUser u = username == null ? null : users.byUsername(username).orElse(null);
        if (u == null) return Map.of("type", "anonymous", "displayName", username == null ? "Anonymous" : username);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "known");
        json.put("username", u.username());
        json.put("userKey", u.key().getStringValue());
        json.put("profilePicture", Map.of("path", "/images/icons/profilepics/default.svg", "width", 48, "height", 48, "isDefault", true));
        json.put("displayName", u.fullName());
        json.put("_links", Map.of("self", base + "/rest/api/user?key=" + u.key().getStringValue()));
        json.put("_expandable", Map.of("status", ""));
        return json;
    }

    /** A result page: {@code results}, {@code start}, {@code limit}, {@code size} and {@code _links}. */
    public Map<String, Object> list(List<?> results, int start, int limit, int total, UriInfo uri) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("results", results);
        json.put("start", start);
        json.put("limit", limit);
        json.put("size", results.size());
        Map<String, Object> links = new LinkedHashMap<>();
        if (uri != null) {
            links.put("self", base + uri.getRequestUri().getRawPath() + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery()));
            if (start + results.size() < total) {
                URI next = UriBuilder.fromUri(uri.getRequestUri()).replaceQueryParam("limit", limit)
                        .replaceQueryParam("start", start + results.size()).build();
                links.put("next", next.getRawPath() + "?" + next.getRawQuery());
            }
        }
        links.put("base", base);
        links.put("context", "");
        json.put("_links", links);
        return json;
    }

    /** Pages {@code all} with {@code start} and {@code limit} (default and maximum as given; negative values are refused). */
    public <T, R> Map<String, Object> page(List<T> all, String start, String limit, int defaultLimit, int maxLimit,
                                           Function<T, R> json, UriInfo uri) {
        int from = number(start, "start", 0);
        int size = Math.min(number(limit, "limit", defaultLimit), maxLimit);
        if (from < 0) throw ApiException.badRequest("start must not be negative");
        if (size < 0) throw ApiException.badRequest("limit must not be negative");
        List<R> results = new ArrayList<>();
        for (int i = from; i < all.size() && results.size() < size; i++) results.add(json.apply(all.get(i)));
        return list(results, from, size, all.size(), uri);
    }

    /** A numeric query parameter, or the default when absent; anything else is a 400. */
    public static int number(String raw, String name, int defaultValue) {
        if (raw == null || raw.isBlank()) return defaultValue;
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a number");
        }
    }
}
