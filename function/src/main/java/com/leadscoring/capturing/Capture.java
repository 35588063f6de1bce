package com.leadscoring.capturing;

import java.nio.charset.StandardCharsets;

import com.leadscoring.capture.CaptureSampling;
import com.leadscoring.capture.CaptureSource;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.wire.JsonText;

/**
 * A handler's capture: whether it is on, its sampling percentage (by lead id, {@link CaptureSampling#sampled}), and the
 * one {@link CaptureOutput}. Builds each line as core's {@code CaptureJson} writes it, with the lead taken from the
 * request as the caller sent it (line breaks inside it become spaces, so a pretty-printed body stays one line per
 * lead).
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

    /** On Lambda: log lines at {@value #SAMPLING_ENV} percent (100 when unset). */
    public static Capture fromEnvironment() {
        String value = System.getenv(SAMPLING_ENV);
        int percent = value == null || value.isBlank() ? 100 : Integer.parseInt(value.strip());
        return new Capture(new LogCaptureOutput(), percent);
    }

    public boolean on() {
        return percent > 0;
    }

    /** Whether the lead with this id is captured. */
    public boolean takes(String leadId) {
        return percent == 100 || (percent > 0 && CaptureSampling.sampled(leadId, percent));
    }

    /** Hands finished lines to the output. */
    public void write(CharSequence lines, int count) {
        if (count > 0) {
            output.write(lines, count);
        }
    }

    /** Appends one capture line (ending in a line break) for a lead given as the JSON object {@code body[from, to)}. */
    public static void appendLine(
            StringBuilder b,
            String scoreId,
            String leadId,
            String modelVersion,
            String scoredAt,
            CaptureSource source,
            byte[] body,
            int from,
            int to,
            LeadScore s) {
        b.append("{\"scoreId\":");
        JsonText.string(b, scoreId);
        b.append(",\"id\":");
        JsonText.string(b, leadId);
        b.append(",\"modelVersion\":");
        JsonText.string(b, modelVersion);
        b.append(",\"scoredAt\":\"").append(scoredAt).append("\",\"source\":\"").append(source.wireName());
        b.append("\",\"lead\":");
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
            ascii = body[i] >= 0;
        }
        if (ascii) {
            for (int i = from; i < to; i++) {
                byte c = body[i];
                // Raw line breaks can only be JSON whitespace (strings escape theirs): one line per lead.
                b.append(c == '\n' || c == '\r' ? ' ' : (char) c);
            }
        } else {
            b.append(new String(body, from, to - from, StandardCharsets.UTF_8)
                    .replace('\n', ' ')
                    .replace('\r', ' '));
        }
        b.append(",\"probability\":");
        JsonText.number(b, s.probability());
        b.append(",\"score\":").append(s.score()).append(",\"grade\":");
        JsonText.string(b, s.grade());
        b.append(",\"buy\":").append(s.buy()).append(",\"percentile\":");
        if (s.hasPercentile()) {
            JsonText.number(b, s.percentile());
        } else {
            b.append("null");
        }
        b.append("}\n");
    }
}
