package io.meetingmemo.preview.web;

import io.meetingmemo.preview.api.ConfluenceErrors;
import io.meetingmemo.preview.store.HostUser;
import io.meetingmemo.preview.store.HostUsers;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;

/** Confluence's {@code GET /rest/api/user?username=…|key=…}, in Confluence's shape. */
@Path("/user")
@Produces(MediaType.APPLICATION_JSON)
public final class UserApiResource {
    private final HostUsers users;

    public UserApiResource(HostUsers users) { this.users = users; }

    @GET
    public Response user(@QueryParam("username") String username, @QueryParam("key") String key) {
        Optional<HostUser> user = username != null ? users.byUsername(username) : users.byKey(key);
        if (username == null && key == null) return ConfluenceErrors.response(400, "Give username or key");
        return user.map(u -> Response.ok(Map.of("type", "known", "userKey", u.key().getStringValue(), "username", u.username(),
                        "displayName", u.fullName())).build())
                .orElseGet(() -> ConfluenceErrors.response(404, "No user found"));
    }
}
