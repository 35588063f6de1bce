package com.leadscoring.batch;

import java.util.function.Consumer;

import com.leadscoring.metrics.HandlerMetrics;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * The rescoring functions' metrics, through Powertools ({@link HandlerMetrics}, dimension {@code Service}): per batch
 * {@code Batches} (1), {@code LeadsScored}, {@code InvalidRows}, {@code BuyCount} and {@code Latency}; per scores CSV
 * {@code CsvFiles} (1), {@code RowsWritten}, {@code LeadsScored}, {@code InvalidRows}, {@code FailedBatches} and
 * {@code PendingFiles}. A metrics fault is logged and never fails the batch or the CSV: their output is written.
 */
final class BatchMetrics {

    /** The batch function's service when {@code POWERTOOLS_SERVICE_NAME} is not set. */
    static final String BATCH_SERVICE = "lead-scoring-batch";
    /** The CSV function's service when {@code POWERTOOLS_SERVICE_NAME} is not set. */
    static final String CSV_SERVICE = "lead-scoring-rescore-csv";

    private BatchMetrics() {}

    /** One scored batch. */
    static void batch(HandlerMetrics metrics, BatchResult result, double latencyMs) {
        int scored = 0;
        int buys = 0;
        for (BatchRow row : result.rows()) {
            if (row.valid()) {
                scored++;
                buys += row.score().buy() ? 1 : 0;
            }
        }
        int leads = scored;
        int buyCount = buys;
        publish(metrics, "batch", m -> {
            m.addMetric("Batches", 1, MetricUnit.COUNT);
            m.addMetric("LeadsScored", leads, MetricUnit.COUNT);
            m.addMetric("InvalidRows", result.rows().size() - leads, MetricUnit.COUNT);
            m.addMetric("BuyCount", buyCount, MetricUnit.COUNT);
            m.addMetric("Latency", latencyMs, MetricUnit.MILLISECONDS);
        });
    }

    /** One scores CSV written. */
    static void csv(HandlerMetrics metrics, RescoreResults.Summary summary) {
        publish(metrics, "scores CSV", m -> {
            m.addMetric("CsvFiles", 1, MetricUnit.COUNT);
            m.addMetric("RowsWritten", summary.rows(), MetricUnit.COUNT);
            m.addMetric("LeadsScored", summary.scored(), MetricUnit.COUNT);
            m.addMetric("InvalidRows", summary.refused(), MetricUnit.COUNT);
            m.addMetric("FailedBatches", summary.failedBatches(), MetricUnit.COUNT);
            m.addMetric("PendingFiles", summary.pendingFiles().size(), MetricUnit.COUNT);
        });
    }

    private static void publish(HandlerMetrics metrics, String what, Consumer<Metrics> record) {
        try {
            metrics.publish(record);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(BatchMetrics.class).warn("cannot emit the {} metrics: {}", what, e.toString());
        }
    }
}
