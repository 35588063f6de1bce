package com.leadscoring.capturing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Capture lines as log output on the dedicated logger {@value #LOGGER} (its own appender writes the bare message, one
 * line per lead): on Lambda each line is a CloudWatch Logs event whose JSON has a {@code scoreId}, which the capture
 * subscription filter selects and Firehose delivers to {@code captures/}. The request path only formats and writes to
 * stdout: no network call.
 */
public final class LogCaptureOutput implements CaptureOutput {

    /** The logger name the function's log4j2.xml routes to the bare-message capture appender. */
    public static final String LOGGER = "lead-capture";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public void write(CharSequence lines, int count) {
        if (count > 0) {
            int end = lines.length();
            // The appender ends the message with its own line break.
            LOG.info("{}", end > 0 && lines.charAt(end - 1) == '\n' ? lines.subSequence(0, end - 1) : lines);
        }
    }
}
