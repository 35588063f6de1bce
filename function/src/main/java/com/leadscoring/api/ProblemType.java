package com.leadscoring.api;

/** The API's problem types (RFC 9457 {@code type} URIs), each with its status and title. */
public enum ProblemType {
    MALFORMED_JSON(400, "malformed-json", "Request body is not valid JSON"),
    INVALID_REQUEST(400, "invalid-request", "Request does not match the API"),
    INVALID_LEAD(400, "invalid-lead", "One or more leads are invalid"),
    NOT_FOUND(404, "not-found", "No such resource"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed on this resource"),
    TOO_LARGE(413, "too-large", "Request too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Content-Type must be application/json"),
    INTERNAL(500, "internal", "Internal error");

    public static final String BASE = "https://leadscoring.example/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }
}
