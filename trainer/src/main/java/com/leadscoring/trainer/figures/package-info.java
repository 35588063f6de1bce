/**
 * The figures of a training run, built once after the last step that produces them
 * ({@link com.leadscoring.trainer.figures.TrainingFigures#of}): every candidate's cross-validated figures and curves,
 * the recipe's network, the published model's grade table, score distribution and confusion, the time check. The report
 * ({@code metrics.json}, {@code report.html}) and the console summary only format them.
 */
package com.leadscoring.trainer.figures;
