package com.leadscoring.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the handler reports each request's numbers. Injected, so tests capture them and local runs stay quiet; on
 * Lambda it is {@link EmfRequestMetrics}.
 */
@FunctionalInterface
public interface RequestMetrics {

    /** Discards everything: tests, local serving, benchmarks. */
    RequestMetrics NONE = outcome -> {};

    /** Called once per request, after the response is built; must not throw. */
    void record(RequestOutcome outcome);

    /**
     * What one request did.
     *
     * @param status HTTP status returned
     * @param latencyMs time spent in the handler
     * @param leadsScored leads scored (0 unless the request was a successful score)
     * @param buyCount of those, how many were predicted to buy
     * @param gradeCounts of those, how many got each grade of the model's bands (every grade, 0 included; empty unless
     *     the request was a successful score), so the share of A leads can be alarmed on
     */
    record RequestOutcome(
            int status, double latencyMs, int leadsScored, int buyCount, Map<String, Integer> gradeCounts) {

        public RequestOutcome {
            gradeCounts = Collections.unmodifiableMap(new LinkedHashMap<>(gradeCounts));
        }

        /** An outcome without grades (requests that scored nothing). */
        public RequestOutcome(int status, double latencyMs, int leadsScored, int buyCount) {
            this(status, latencyMs, leadsScored, buyCount, Map.of());
        }

        public boolean error() {
            return status >= 400;
        }
    }
}
