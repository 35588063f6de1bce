/**
 * What a handler writes to stdout for CloudWatch Logs (its log lines, its EMF metrics), gathered per request and
 * written in one write ({@link com.leadscoring.stdout.StdoutBatch}): on Lambda stdout is a pipe to the log agent, and
 * each write is a system call that may wake the reader. The request line is written straight in the Powertools layout
 * ({@link com.leadscoring.stdout.PowertoolsLine}), inside Powertools' logging context set up in one MDC write
 * ({@link com.leadscoring.stdout.LambdaLoggingContext}). At the bottom of the function module beside {@code tracing}.
 */
package com.leadscoring.stdout;
