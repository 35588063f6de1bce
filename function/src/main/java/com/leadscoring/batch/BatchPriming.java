package com.leadscoring.batch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadDates;
import com.leadscoring.lead.LeadJsonWriter;
import com.leadscoring.lead.SampleLeads;
import org.crac.Context;
import org.crac.Resource;

/**
 * SnapStart priming for the batch function: before the snapshot, real batches go through the handler (a small one with
 * good rows in both date formats and a bad row, and a full one of 1,000 rows whose values vary as real leads' do), so
 * the snapshot holds a loaded model, a live ONNX Runtime session and compiled hot paths for batches of any size.
 * Nothing random, secret or request-specific is created.
 */
final class BatchPriming implements Resource {

    static final String PRIMING_BATCH = "{\"Items\":["
            + LeadJsonWriter.batchItem(lead("priming-1", true), LeadDates.DATA_SET) + ","
            + LeadJsonWriter.batchItem(lead("priming-2", false), LeadDates.ISO) + ","
            + LeadJsonWriter.batchItem(lead("priming-3", true), LeadDates.DATA_SET)
                    .replace("\"created_at\":\"04-05-2021\"", "\"created_at\":\"31-02-2021\"") // impossible date
                    .replace("\"products_purchased\":\"1\"", "\"products_purchased\":\"9\"") // out of range
            + "],\"BatchInput\":{}}";

    private final BatchScoreHandler handler;

    private BatchPriming(BatchScoreHandler handler) {
        this.handler = handler;
    }

    /** Registers the hook and returns it: the caller must keep the reference (CRaC holds resources weakly). */
    static Resource register(BatchScoreHandler handler, Context<Resource> context) {
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
        return run(handler, PRIMING_BATCH.getBytes(StandardCharsets.UTF_8), rounds)
                .scored();
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
     * A full batch (the state machine's 1,000-item limit) of varied leads, both date formats, half without the optional
     * fields. Built when priming, not kept: ~350 KB that the snapshot need not hold.
     */
    static String fullBatch() {
        StringBuilder b = new StringBuilder("{\"Items\":[");
        for (int i = 0; i < 1000; i++) {
            b.append(i == 0 ? "" : ",")
                    .append(LeadJsonWriter.batchItem(
                            SampleLeads.varied("priming-" + i, i), i % 2 == 0 ? LeadDates.DATA_SET : LeadDates.ISO));
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

    /** A lead created 2021-05-04 with nearly all counts 0, with or without the optional fields. */
    private static Lead lead(String id, boolean optional) {
        int[] activity = new int[Lead.ACTIVITY_COUNT];
        activity[2] = 1;
        return new Lead(
                id,
                LocalDate.of(2021, 5, 4),
                1,
                2,
                optional ? 1 : null,
                optional ? LocalDate.of(2020, 1, 1) : null,
                activity);
    }
}
