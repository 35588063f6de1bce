/**
 * Capture on the serving side: each scored lead's capture line (core's {@code CaptureJson} form), built as bytes on the
 * request path ({@link com.leadscoring.capturing.CaptureLines}: the lead's bytes copied from the body, the rest encoded
 * once per request) and handed, one buffer per request or batch, to one
 * {@link com.leadscoring.capturing.CaptureOutput}: stdout on AWS in one write (Lambda makes each line a CloudWatch Logs
 * event; a subscription filter sends the lines with a {@code scoreId} through Firehose to {@code captures/}: no network
 * call on the request path), whole files under {@code DIR/dt=YYYY-MM-DD/} locally. Handlers get it as one injected
 * {@link com.leadscoring.capturing.Capture}.
 */
package com.leadscoring.capturing;
