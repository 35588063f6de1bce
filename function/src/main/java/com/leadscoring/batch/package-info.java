/**
 * Bulk rescoring on Step Functions Distributed Map: the Lambda handler that scores one item batch as the runtime
 * delivers it ({@code {"Items": [{column: "text", ...}], "BatchInput": {...}}}, every value a string read from the lead
 * CSV). Rows go through the same CSV validation and the same scorer as {@code function.jar score}; a bad row is
 * answered with its errors and never fails the batch, an internal fault throws so Step Functions retries the batch.
 */
package com.leadscoring.batch;
