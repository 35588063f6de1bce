package com.leadscoring.batch;

import java.util.List;

/**
 * The answer to one batch, one row per item in item order.
 *
 * @param modelVersion the version that scored the batch
 * @param threshold    its buy threshold
 * @param rows         one per item, in order
 */
public record BatchResult(String modelVersion, double threshold, List<BatchRow> rows) {
    public BatchResult {
        rows = List.copyOf(rows);
    }

    public int scored() {
        return (int) rows.stream().filter(BatchRow::valid).count();
    }
}
