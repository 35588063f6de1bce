package com.leadscoring.api;

/**
 * Where the handler reports each request's numbers. Injected, so tests capture them and local runs stay quiet; on
 * Lambda it is {@link EmfRequestMetrics}.
 */
@FunctionalInterface
public interface RequestMetrics {

    /** Discards everything: tests, local serving, benchmarks. */
    RequestMetrics NONE = outcome -> { };

    /** Called once per request, after the response is built; must not throw. */
    void record(RequestOutcome outcome);

    /**
     * What one request did.
     *
     * @param status      HTTP status returned
     * @param latencyMs   time spent in the handler
     * @param leadsScored leads scored (0 unless the request was a successful score)
     * @param buyCount    of those, how many were predicted to buy
     */
    record RequestOutcome(int status, double latencyMs, int leadsScored, int buyCount) {
        public boolean error() {
            return status >= 400;
        }
    }
}
