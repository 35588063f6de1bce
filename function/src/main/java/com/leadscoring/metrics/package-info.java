/**
 * Every handler's CloudWatch metrics, one path: Powertools' {@code Metrics} writes each record as one embedded metric
 * format (EMF) line on stdout, in the one namespace ({@link com.leadscoring.metrics.MetricsNamespace}) with the
 * function's {@code Service} dimension. At the bottom of the function module beside {@code tracing}: every handler
 * package uses it, it uses none of them.
 */
package com.leadscoring.metrics;
