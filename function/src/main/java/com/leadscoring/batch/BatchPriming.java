package com.leadscoring.batch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.crac.Context;
import org.crac.Resource;

/**
 * SnapStart priming for the batch function: before the snapshot, real batches go through the handler (a small one
 * with good rows in both date formats and a bad row, and a full one of 1,000 rows whose values vary as real leads'
 * do), so the snapshot holds a loaded model, a live ONNX Runtime session and compiled hot paths for batches of any
 * size. Nothing random, secret or request-specific is created.
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

    /**
     * Runs {@code rounds} small batches and 4 × {@code rounds} full ones (their per-row code needs a few hundred
     * batches to reach its warm speed), logged at DEBUG; returns how many rows the last small one scored (2 when
     * healthy).
     */
    static int prime(BatchScoreHandler handler, int rounds) {
        run(handler, fullBatch().getBytes(StandardCharsets.UTF_8), 4 * rounds);
        return run(handler, PRIMING_BATCH.getBytes(StandardCharsets.UTF_8), rounds).scored();
    }

    /** Runs {@code batch} {@code rounds} times; the last result. */
    private static BatchResult run(BatchScoreHandler handler, byte[] batch, int rounds) {
        BatchResult last = null;
        for (int i = 0; i < rounds; i++) {
            try {
                last = handler.handleUnrecorded(new ByteArrayInputStream(batch), new ByteArrayOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return last;
    }

    /**
     * A full batch (the state machine's 1,000-item limit): every month, both date formats, half without purchases.
     * Built when priming, not kept: ~350 KB that the snapshot need not hold.
     */
    static String fullBatch() {
        StringBuilder b = new StringBuilder("{\"Items\":[");
        for (int i = 0; i < 1000; i++) {
            String created = i % 2 == 0 ? String.format(java.util.Locale.ROOT, "%02d-%02d-2021", 1 + i % 28, 1 + i % 12)
                    : String.format(java.util.Locale.ROOT, "2021-%02d-%02d", 1 + i % 12, 1 + i % 28);
            b.append(i == 0 ? "" : ",").append(i % 2 == 0
                    ? item("priming-" + i, created, String.valueOf(1 + i / 2 % 4), String.format(java.util.Locale.ROOT, "20%02d-%02d-01", 18 + i % 3, 1 + i % 12))
                    : item("priming-" + i, created, "", ""));
        }
        return b.append("],\"BatchInput\":{}}").toString();
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        int scored = prime(handler, 50);
        handler.tracer().prime(); // X-Ray's entities and serialization warm in the snapshot, nothing sent
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
