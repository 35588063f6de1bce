package com.leadscoring.bench;

import com.leadscoring.bootstrap.TestContext;

/**
 * The Lambda context a benchmark hands each call, as Lambda does: with it the handlers log through Powertools
 * ({@code function_request_id}, {@code cold_start}, ...) exactly as in production. The function's name and memory are
 * the environment's ({@code AWS_LAMBDA_FUNCTION_NAME}, as the template's function has).
 */
final class BenchContext extends TestContext {

    BenchContext() {
        super("bench-request", System.getenv().getOrDefault("AWS_LAMBDA_FUNCTION_NAME", "bench"), "$LATEST", 1769);
    }
}
