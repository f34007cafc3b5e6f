package io.meetingmemo.preview.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error of the host's JSON APIs as {@code {"status":…,"message":…}}: framework errors (415,
 * 405, 404, unreadable JSON) keep their status with a readable reason; anything unexpected is a logged
 * 500 that reveals no internals.
 */
public final class JsonErrors implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(JsonErrors.class);

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException web) {
            Response original = web.getResponse();
            if (original.hasEntity()) return original;
            int status = original.getStatus();
            return json(status, switch (status) {
                case 415 -> "this call accepts application/json only";
                case 405 -> "this method is not allowed here";
                case 404 -> "not found";
                case 406 -> "this call cannot answer in a type the Accept header allows; ask for the type it answers (or */*)";
                default -> status == 400 ? "the request could not be read: " + readable(web) : "request failed";
            });
        }
        if (error.getClass().getName().startsWith("com.fasterxml.jackson")) {
            return json(400, "the body is not valid JSON of the expected shape");
        }
        LOG.error("Unexpected error in a REST call", error);
        return json(500, "internal error; see the server log");
    }

    private static String readable(WebApplicationException e) {
        Throwable cause = e.getCause();
        return cause != null && cause.getClass().getName().startsWith("com.fasterxml.jackson")
                ? "the body is not valid JSON of the expected shape" : "bad request";
    }

    static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("status", status, "message", message)).build();
    }
}
