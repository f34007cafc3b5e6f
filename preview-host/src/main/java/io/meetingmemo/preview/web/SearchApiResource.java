package io.meetingmemo.preview.web;

import io.meetingmemo.preview.api.ContentJson;
import io.meetingmemo.preview.api.Expand;
import io.meetingmemo.preview.store.HostPageStore;
import io.meetingmemo.preview.store.HostPageStore.StoredPage;
import io.meetingmemo.preview.store.HostUsers;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Confluence's {@code GET /rest/api/search?cql=…}: the same pages as {@code /rest/api/content/search}, in the
 * search-result shape ({@code content}, {@code title}, {@code url}, {@code resultGlobalContainer}, …, with
 * {@code totalSize} and {@code cqlQuery}).
 */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
public final class SearchApiResource {
    private final ContentApiResource content;
    private final HostPageStore store;
    private final HostUsers users;
    @Context private UriInfo uri;

    public SearchApiResource(ContentApiResource content, HostPageStore store, HostUsers users) {
        this.content = content;
        this.store = store;
        this.users = users;
    }

    @GET
    public Map<String, Object> search(@QueryParam("cql") String cql, @QueryParam("expand") String expand,
                                      @QueryParam("start") String start, @QueryParam("limit") String limit) {
        long began = System.nanoTime();
        List<StoredPage> found = content.cql(cql);
        ContentJson json = new ContentJson(store, users, uri);
        Expand ex = Expand.of(expand).below("content");
        Map<String, Object> answer = json.page(found, start, limit, 25, 1000, p -> result(json, p, ex), uri);
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("results", answer.get("results"));
        ordered.put("start", answer.get("start"));
        ordered.put("limit", answer.get("limit"));
        ordered.put("size", answer.get("size"));
        ordered.put("totalSize", found.size());
        ordered.put("cqlQuery", cql);
        ordered.put("searchDuration", (System.nanoTime() - began) / 1_000_000);
        ordered.put("_links", answer.get("_links"));
        return ordered;
    }

    private Map<String, Object> result(ContentJson json, StoredPage p, Expand expand) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("content", json.content(p, expand));
        r.put("title", p.title());
        r.put("excerpt", "");
        r.put("url", "/pages/viewpage.action?pageId=" + p.id());
        String spaceName = store.spaceRow(p.spaceKey()).map(HostPageStore.SpaceRow::name).orElse(p.spaceKey());
        r.put("resultGlobalContainer", Map.of("title", spaceName, "displayUrl", "/display/" + p.spaceKey()));
        r.put("breadcrumbs", List.of());
        r.put("entityType", "content");
        r.put("iconCssClass", "aui-icon content-type-" + p.type());
        r.put("lastModified", p.updatedAt().toString());
        r.put("friendlyLastModified", p.updatedAt().toString().substring(0, 10));
        r.put("timestamp", p.updatedAt().toEpochMilli());
        return r;
    }
}
