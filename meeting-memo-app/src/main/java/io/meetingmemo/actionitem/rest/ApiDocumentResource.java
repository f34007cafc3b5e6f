package io.meetingmemo.actionitem.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/** {@code GET /openapi.json}: the OpenAPI 3 description of this API, shipped in the app and tested against it. */
@Path("/openapi.json")
@AnonymousSiteAccess
public class ApiDocumentResource {
    static final String LOCATION = "openapi/meeting-memo-api.json";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response document() {
        InputStream in = ApiDocumentResource.class.getClassLoader().getResourceAsStream(LOCATION);
        if (in == null) throw ApiErrors.error(404, "the API document is missing from the app");
        return Response.ok(in).build();
    }
}
