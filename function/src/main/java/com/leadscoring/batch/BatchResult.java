package com.leadscoring.batch;

import java.util.List;

/**
 * The answer to one batch, one row per item in item order.
 *
 * @param modelVersion the version that scored the batch
 * @param threshold its buy threshold
 * @param rows one per item, in order
 * @param explained whether the run asked for reasons: then every scored row answers its {@code factors}
 */
public record BatchResult(String modelVersion, double threshold, List<BatchRow> rows, boolean explained) {
    public BatchResult {
        rows = List.copyOf(rows);
    }

    public int scored() {
        return (int) rows.stream().filter(BatchRow::valid).count();
    }
}
