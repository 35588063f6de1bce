/**
 * Capture on the serving side: each scored lead's capture line (core's {@code CaptureJson} form), built on the request
 * path without a network call and handed to one {@link com.leadscoring.capturing.CaptureOutput}: a dedicated log line
 * on AWS (a CloudWatch Logs subscription sends it through Firehose to {@code captures/}), whole files under
 * {@code DIR/dt=YYYY-MM-DD/} locally. Handlers get it as one injected {@link com.leadscoring.capturing.Capture}.
 */
package com.leadscoring.capturing;
