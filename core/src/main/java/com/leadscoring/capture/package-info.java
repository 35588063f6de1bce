/**
 * What was scored, kept to learn from later: one {@link com.leadscoring.capture.CaptureRecord} per scored lead, written
 * as JSON Lines under {@code DIR/dt=YYYY-MM-DD/} by the function (locally) or delivered there by Kinesis Data Firehose
 * (on AWS), and read back by the trainer's {@code evaluate} and {@code dataset}.
 */
package com.leadscoring.capture;
