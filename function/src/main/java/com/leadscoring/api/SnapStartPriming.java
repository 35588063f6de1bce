package com.leadscoring.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.crac.Context;
import org.crac.Resource;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;

/**
 * SnapStart priming: before Lambda snapshots the initialised function, run real scoring requests through the handler
 * so the snapshot holds a loaded model, an initialised ONNX Runtime session and JIT-compiled hot paths. Nothing
 * request-specific, random or secret is created here; S3 clients are not kept after loading (the store is read once),
 * so no open connection or credential is captured in the snapshot.
 */
final class SnapStartPriming implements Resource {

    private static final String PRIMING_BODY = "{\"leads\":[{\"id\":\"priming\",\"created_at\":\"2021-05-04\","
            + "\"campaign_var_1\":1,\"campaign_var_2\":2,\"products_purchased\":1,\"signup_date\":\"2020-01-01\","
            + "\"user_activity_var_1\":0,\"user_activity_var_2\":1,\"user_activity_var_3\":0,\"user_activity_var_4\":0,"
            + "\"user_activity_var_5\":0,\"user_activity_var_6\":1,\"user_activity_var_7\":0,\"user_activity_var_8\":0,"
            + "\"user_activity_var_9\":0,\"user_activity_var_10\":0,\"user_activity_var_11\":0,\"user_activity_var_12\":0}],"
            + "\"explain\":true}";

    private final ScoreHandler handler;

    private SnapStartPriming(ScoreHandler handler) {
        this.handler = handler;
    }

    /**
     * Registers the hook with {@code context} and returns it. The caller must keep the reference: CRaC contexts (the
     * Lambda runtime's among them) hold resources weakly, so an unreferenced hook can be collected before the snapshot.
     */
    static Resource register(ScoreHandler handler, org.crac.Context<Resource> context) {
        SnapStartPriming priming = new SnapStartPriming(handler);
        context.register(priming);
        return priming;
    }

    /** Runs {@code rounds} scoring requests; returns the status of the last (200 when the function is healthy). */
    static int prime(ScoreHandler handler, int rounds) {
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent().withHttpMethod("POST").withPath("/v1/score")
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody(new String(PRIMING_BODY.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        int status = 0;
        for (int i = 0; i < rounds; i++) {
            status = handler.handleRequest(event, null).getStatusCode();
        }
        return status;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        int status = prime(handler, 50);
        if (status != 200) {
            throw new IllegalStateException("priming request answered " + status + "; refusing to snapshot a broken function");
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: no clocks, seeds, credentials or connections were captured.
    }
}
