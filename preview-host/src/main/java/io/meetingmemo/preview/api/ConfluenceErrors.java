package io.meetingmemo.preview.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors of the host's {@code /rest/api} in the shape Confluence answers them:
 * <pre>{"statusCode":409,"data":{"authorized":true,"valid":true,"allowedInReadOnlyMode":true,"errors":[],"successful":false},
 *  "message":"Version must be incremented on update. Current version is: 3","reason":"Conflict"}</pre>
 * Framework errors (unreadable JSON, 405, 415, unknown paths) keep their status; anything unexpected is a
 * logged 500 that reveals no internals.
 */
public final class ConfluenceErrors implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ConfluenceErrors.class);

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof ApiException api) return response(api.status(), api.getMessage());
        if (error instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return response(status, switch (status) {
                case 415 -> "Unsupported Media Type: send application/json";
                case 405 -> "Method Not Allowed";
                case 404 -> "Not Found";
                case 406 -> "Not Acceptable: this resource answers application/json";
                case 400 -> jackson(web.getCause()) ? "Could not read the request body as JSON of the expected shape" : "Bad Request";
                default -> web.getResponse().getStatusInfo().getReasonPhrase();
            });
        }
        if (jackson(error)) return response(400, "Could not read the request body as JSON of the expected shape");
        LOG.error("Unexpected error in a Confluence REST call", error);
        return response(500, "Internal server error; see the server log");
    }

    private static boolean jackson(Throwable t) {
        return t != null && t.getClass().getName().startsWith("com.fasterxml.jackson");
    }

    public static Response response(int status, String message) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("authorized", status != 401 && status != 403);
        data.put("valid", status != 400);
        data.put("allowedInReadOnlyMode", true);
        data.put("errors", status == 400 ? List.of(Map.of("message", Map.of("translation", message, "args", List.of()))) : List.of());
        data.put("successful", false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", status);
        body.put("data", data);
        body.put("message", message);
        body.put("reason", reason(status));
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
