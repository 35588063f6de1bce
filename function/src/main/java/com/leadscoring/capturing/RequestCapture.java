package com.leadscoring.capturing;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.leadscoring.capture.CaptureSource;
import com.leadscoring.scoring.LeadScore;

/**
 * What the capture lines of one scored request are built from: the leads' bytes as the caller sent them
 * ({@code body[from[i], to[i])}), their ids and scores. Built on the request ({@link #writeTo}) or, on Lambda with the
 * stdout extension, after the response from an {@link #owned} copy ({@link Capture#write(RequestCapture)}): the
 * request's buffers are its thread's scratch (the parser's rows, perhaps the event's body), so the drain reads copies.
 *
 * @param requestId the request id, the prefix of every score id
 * @param modelVersion the model that scored
 * @param scoredAt when, as every line says
 * @param source who scored
 * @param ids each lead's id (a String or a Long); the first {@code scores.size()} count
 * @param body the request body the leads are in
 * @param from where each lead's object starts in {@code body}
 * @param to and where it ends (exclusive)
 * @param scores each lead's score, in order
 */
public record RequestCapture(
        String requestId,
        String modelVersion,
        Instant scoredAt,
        CaptureSource source,
        Object[] ids,
        byte[] body,
        int[] from,
        int[] to,
        List<LeadScore> scores) {

    /**
     * A copy that owns its buffers (the body up to the last lead, the ids and offsets); the scores list is the
     * request's own and is not copied.
     */
    public RequestCapture owned() {
        int n = scores.size();
        int end = 0;
        for (int i = 0; i < n; i++) {
            end = Math.max(end, to[i]);
        }
        return new RequestCapture(
                requestId,
                modelVersion,
                scoredAt,
                source,
                Arrays.copyOf(ids, n),
                Arrays.copyOf(body, end),
                Arrays.copyOf(from, n),
                Arrays.copyOf(to, n),
                scores);
    }

    /** One line per lead {@code capture} takes, handed to its output now. */
    public void writeTo(Capture capture) {
        CaptureLines lines = CaptureLines.start(requestId, modelVersion, scoredAt, source);
        for (int i = 0; i < scores.size(); i++) {
            Object id = ids[i];
            if (capture.takes(id)) {
                lines.add(i, id, body, from[i], to[i], scores.get(i));
            }
        }
        capture.write(lines);
    }
}
