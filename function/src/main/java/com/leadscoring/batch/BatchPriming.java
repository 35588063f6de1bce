package com.leadscoring.batch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.crac.Context;
import org.crac.Resource;

/**
 * SnapStart priming for the batch function: before the snapshot, real batches (good rows in both date formats and a
 * bad row) go through the handler, so the snapshot holds a loaded model, a live ONNX Runtime session and compiled hot
 * paths. Nothing random, secret or request-specific is created.
 */
final class BatchPriming implements Resource {

    static final String PRIMING_BATCH = "{\"Items\":["
            + item("priming-1", "04-05-2021", "1", "01-01-2020") + ","
            + item("priming-2", "2021-05-04", "", "") + ","
            + item("priming-3", "31-02-2021", "9", "") + "],\"BatchInput\":{}}";

    private final BatchScoreHandler handler;

    private BatchPriming(BatchScoreHandler handler) {
        this.handler = handler;
    }

    /** Registers the hook and returns it: the caller must keep the reference (CRaC holds resources weakly). */
    static Resource register(BatchScoreHandler handler, org.crac.Context<Resource> context) {
        BatchPriming priming = new BatchPriming(handler);
        context.register(priming);
        return priming;
    }

    /** Runs {@code rounds} priming batches; returns how many rows the last one scored (2 when healthy). */
    static int prime(BatchScoreHandler handler, int rounds) {
        byte[] batch = PRIMING_BATCH.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < rounds; i++) {
            try {
                handler.handleRequest(new ByteArrayInputStream(batch), new ByteArrayOutputStream(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return handler.score(new ByteArrayInputStream(batch)).scored();
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        int scored = prime(handler, 50);
        if (scored != 2) {
            throw new IllegalStateException("priming batch scored " + scored + " of 2 good rows; refusing to snapshot");
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: no clocks, seeds, credentials or connections were captured.
    }

    private static String item(String id, String created, String products, String signup) {
        StringBuilder b = new StringBuilder("{\"id\":\"").append(id).append("\",\"created_at\":\"").append(created)
                .append("\",\"campaign_var_1\":\"1\",\"campaign_var_2\":\"2\",\"products_purchased\":\"").append(products)
                .append("\",\"signup_date\":\"").append(signup).append('"');
        for (int k = 1; k <= 12; k++) {
            b.append(",\"user_activity_var_").append(k).append("\":\"").append(k % 3 == 0 ? 1 : 0).append('"');
        }
        return b.append('}').toString();
    }
}
