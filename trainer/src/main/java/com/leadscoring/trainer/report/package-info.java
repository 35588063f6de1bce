/**
 * The training report: {@code metrics.json} (every figure, seed, hash and duration) and a self-contained
 * {@code report.html} whose charts are drawn with XChart and embedded as PNG data URIs.
 */
package com.leadscoring.trainer.report;
