package io.meetingmemo.actionitem.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the API's JSON error responses; thrown from resource methods to end a request early. */
final class ApiErrors {
    private ApiErrors() {}

    static WebApplicationException badRequest(String message) { return error(400, message); }

    static WebApplicationException unauthorized() { return error(401, "log in to see action items"); }

    static WebApplicationException forbidden(String message) { return error(403, message); }

    /** Also used when the item exists but the caller may not see it, so ids reveal nothing. */
    static WebApplicationException notFound(long id) { return error(404, "no action item " + id); }

    static WebApplicationException error(int status, String message) {
        return new WebApplicationException(response(status, new ActionItemJson.Error(status, message, null)));
    }

    static Response response(int status, ActionItemJson.Error body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
