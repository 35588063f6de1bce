package com.leadscoring.capturing;

import java.io.IOException;
import java.time.Clock;

import com.leadscoring.capture.CaptureFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Capture lines as whole files under {@code DIR/dt=YYYY-MM-DD/} (a path or {@code s3://bucket/prefix}), one file per
 * request or batch: the local twin of the Firehose delivery.
 */
public final class DirectoryCaptureOutput implements CaptureOutput {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryCaptureOutput.class);

    private final String dir;
    private final Clock clock;

    public DirectoryCaptureOutput(String dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    @Override
    public void write(byte[] lines, int length, int count) {
        if (count == 0) {
            return;
        }
        try {
            CaptureFiles.writeLines(dir, clock.instant(), lines, length);
        } catch (IOException | RuntimeException e) {
            // Capture observes scoring; it never fails it. The location and the reason, never the lines.
            LOG.error("capture of {} scores under {} failed: {}", count, dir, e.toString());
        }
    }
}
