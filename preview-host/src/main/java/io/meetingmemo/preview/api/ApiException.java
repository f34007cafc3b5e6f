package io.meetingmemo.preview.api;

/** An error of the host's Confluence REST API, answered by {@link ConfluenceErrors} in Confluence's shape. */
public final class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() { return status; }

    public static ApiException badRequest(String message) { return new ApiException(400, message); }

    public static ApiException forbidden(String message) { return new ApiException(403, message); }

    public static ApiException notFound(String message) { return new ApiException(404, message); }

    public static ApiException conflict(String message) { return new ApiException(409, message); }
}
