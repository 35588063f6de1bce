package com.leadscoring.api;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CORS for a configured list of browser origins: an answer to an allowed origin, errors included, carries
 * {@code Access-Control-Allow-Origin} with that origin; any other origin gets no CORS header. The list comes from
 * {@code CORS_ALLOWED_ORIGINS} on Lambda (the stack's {@code CorsAllowedOrigins}) and from {@code serve --cors-origin}.
 */
public final class Cors {

    public static final Cors NONE = new Cors(List.of());
    static final String ALLOW_HEADERS = "Content-Type,X-Api-Key";
    static final String MAX_AGE_SECONDS = "600";

    private final Set<String> origins;

    public Cors(List<String> origins) {
        this.origins = origins.stream()
                .map(String::strip)
                .filter(o -> !o.isEmpty())
                .map(Cors::checked)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * A browser sends its origin as {@code scheme://host[:port]}, lower case, no path: an entry of another form would
     * never match and CORS would stay off for it without a word, so it is refused naming the entry.
     */
    private static String checked(String origin) {
        if (!origin.matches("https?://[a-z0-9.-]+(:[0-9]{1,5})?")) {
            throw new IllegalArgumentException(
                    "CORS origin '" + origin + "' is not scheme://host[:port] (lower case, no "
                            + "path, no trailing slash, no *), e.g. https://forms.example.com");
        }
        return origin;
    }

    /** From {@code CORS_ALLOWED_ORIGINS}: comma-separated origins, none when unset or empty. */
    public static Cors fromEnvironment() {
        String list = System.getenv("CORS_ALLOWED_ORIGINS");
        return list == null ? NONE : new Cors(Arrays.asList(list.split(",")));
    }

    boolean enabled() {
        return !origins.isEmpty();
    }

    /**
     * The answer's headers plus, for an allowed {@code origin}, the CORS ones. {@code Vary: Origin} goes on every
     * answer once CORS is on, so that a cache never hands one origin's answer to another.
     */
    Map<String, String> apply(Map<String, String> headers, String origin) {
        if (!enabled()) {
            return headers;
        }
        Map<String, String> out = new HashMap<>(headers);
        out.put("Vary", "Origin");
        if (origin != null && origins.contains(origin)) {
            out.put("Access-Control-Allow-Origin", origin);
        }
        return out;
    }

    /** The answer to a preflight on a path that serves {@code method}: what API Gateway's mock integration answers. */
    static Map<String, String> preflightHeaders(String method) {
        return Map.of(
                "Access-Control-Allow-Methods",
                method + ",OPTIONS",
                "Access-Control-Allow-Headers",
                ALLOW_HEADERS,
                "Access-Control-Max-Age",
                MAX_AGE_SECONDS);
    }
}
