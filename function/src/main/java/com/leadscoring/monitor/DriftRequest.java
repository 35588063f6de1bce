package com.leadscoring.monitor;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.fasterxml.jackson.jr.ob.JSON;
import com.leadscoring.bootstrap.RescoreOutputPrefix;
import com.leadscoring.io.S3Location;

/**
 * What to check: the rescoring state machine's own input, {@code {"bucket", "key", "outputPrefix"}} (the lead CSV of
 * the run and where its results went), so the drift step can pass it on unchanged. Keys are taken exactly as sent (no
 * trimming, no decoding); only trailing slashes of the prefix are dropped, as {@code drift.json} goes below it.
 *
 * @param bucket the data bucket
 * @param key the lead CSV
 * @param outputPrefix the run's output prefix; {@code drift.json} goes there
 */
record DriftRequest(String bucket, String key, String outputPrefix) {

    /** Where the leads are. */
    String data() {
        return new S3Location(bucket, key).toString();
    }

    /** Where the report goes: beside the run's output. */
    String report() {
        return new S3Location(bucket, outputPrefix + "/" + DriftHandler.REPORT_FILE).toString();
    }

    /**
     * Parses and validates the event; anything else is an {@link IllegalArgumentException} saying what to send. With
     * {@code runs} (the stack's {@code RescoreOutputPrefix}), the report must go to a run's folder below it, as the
     * state machine's input check requires: never the bucket's root or another prefix.
     */
    static DriftRequest parse(InputStream in, RescoreOutputPrefix runs) throws IOException {
        Map<String, Object> event;
        try {
            event = JSON.std.mapFrom(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the event is not a JSON object: " + e.getMessage(), e);
        }
        if (event == null) {
            throw new IllegalArgumentException("the event is empty; send {\"bucket\", \"key\", \"outputPrefix\"}");
        }
        DriftRequest request = new DriftRequest(
                text(event, "bucket"),
                text(event, "key"),
                text(event, "outputPrefix").replaceAll("/+$", ""));
        runs.check("outputPrefix", request.outputPrefix());
        // Built once here, so a bucket or key S3 cannot hold is refused before the model is loaded.
        request.data();
        request.report();
        return request;
    }

    private static String text(Map<String, Object> event, String field) {
        if (!(event.get(field) instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("the event needs a non-empty string \"" + field
                    + "\"; send {\"bucket\", \"key\", \"outputPrefix\"} as the rescoring state machine's input");
        }
        return s;
    }
}
