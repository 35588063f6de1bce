package com.leadscoring.trainer.report;

/**
 * Where the training data came from.
 *
 * @param source      path, URI or {@code synthetic(rows, seed)}
 * @param sha256      hex SHA-256 of the bytes read (for synthetic data: of the generated CSV)
 * @param skippedRows invalid rows skipped with {@code --skip-bad-rows}
 */
public record DataSource(String source, String sha256, int skippedRows) {
}
