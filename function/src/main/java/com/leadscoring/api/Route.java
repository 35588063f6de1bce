package com.leadscoring.api;

import java.util.Locale;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;

/**
 * The API's routes; anything else is a 404, a known path with the wrong method a 405. {@code OPTIONS} on a known path
 * is a CORS preflight ({@link #PREFLIGHT}, answered by API Gateway itself on AWS, by the handler locally).
 */
enum Route {
    SCORE("/v1/score", "POST"),
    FORM_SCORE("/v1/form/score", "POST"),
    MODEL("/v1/model", "GET"),
    HEALTH("/v1/health", "GET"),
    PREFLIGHT(null, "OPTIONS");

    private final String path;
    private final String method;

    Route(String path, String method) {
        this.path = path;
        this.method = method;
    }

    String path() {
        return path;
    }

    static Route of(APIGatewayProxyRequestEvent event) throws ProblemException {
        String path = normalize(event.getPath());
        String method =
                event.getHttpMethod() == null ? "" : event.getHttpMethod().toUpperCase(Locale.ROOT);
        for (Route r : values()) {
            if (path.equals(r.path)) {
                if (method.equals("OPTIONS")) {
                    return PREFLIGHT;
                }
                if (r.method.equals(method) || (method.equals("HEAD") && r.method.equals("GET"))) {
                    return r;
                }
                throw new ProblemException(
                        ProblemType.METHOD_NOT_ALLOWED, method + " is not allowed on " + r.path + "; use " + r.method);
            }
        }
        throw new ProblemException(
                ProblemType.NOT_FOUND,
                "no resource at " + path
                        + "; the API has POST /v1/score, POST /v1/form/score, GET /v1/model and GET /v1/health");
    }

    static String allowed(String rawPath) {
        String path = normalize(rawPath);
        for (Route r : values()) {
            if (path.equals(r.path)) {
                return r.method;
            }
        }
        return "";
    }

    private static String normalize(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
