package com.leadscoring.api;

/** Where the handler reports each request's figures (CloudWatch EMF in Lambda, nothing locally, a list in tests). */
public interface RequestMetrics {

    /** Reports nothing. */
    RequestMetrics NONE = (status, leads, buys, latencyMillis) -> { };

    /**
     * @param status        the HTTP status answered
     * @param leads         leads scored (0 unless 200)
     * @param buys          of those, how many are predicted to buy
     * @param latencyMillis handler time
     */
    void record(int status, int leads, int buys, double latencyMillis);
}
