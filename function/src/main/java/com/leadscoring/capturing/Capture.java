package com.leadscoring.capturing;

import com.leadscoring.capture.CaptureSampling;

/**
 * A handler's capture: whether it is on, its sampling percentage (by lead id, {@link CaptureSampling#sampled}), and the
 * one {@link CaptureOutput} that takes the {@link CaptureLines} of each request or batch.
 */
public final class Capture {

    /** Environment variable with the sampling percentage (0..100; the stack parameter, default 100). */
    public static final String SAMPLING_ENV = "CAPTURE_SAMPLING_PERCENT";

    /** Captures nothing. */
    public static final Capture OFF = new Capture(null, 0);

    private final CaptureOutput output;
    private final int percent;

    public Capture(CaptureOutput output, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("capture sampling must be a percentage 0..100, got " + percent);
        }
        this.output = output;
        this.percent = output == null ? 0 : percent;
    }

    /** On Lambda: lines on stdout at {@value #SAMPLING_ENV} percent (100 when unset). */
    public static Capture fromEnvironment() {
        String value = System.getenv(SAMPLING_ENV);
        int percent = value == null || value.isBlank() ? 100 : Integer.parseInt(value.strip());
        return new Capture(new StdoutCaptureOutput(), percent);
    }

    public boolean on() {
        return percent > 0;
    }

    /** Whether the lead with this id (a {@code String} or a {@code Long}, as its text) is captured. */
    public boolean takes(Object leadId) {
        return percent == 100 || (percent > 0 && CaptureSampling.sampled(String.valueOf(leadId), percent));
    }

    /** Hands the finished lines to the output, when there are any. */
    public void write(CaptureLines lines) {
        if (lines.count() > 0) {
            output.write(lines.bytes(), lines.length(), lines.count());
        }
    }
}
