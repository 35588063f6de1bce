package com.leadscoring.capturing;

/** Where capture lines go. Never fails the request: an output that cannot write reports it its own way. */
@FunctionalInterface
public interface CaptureOutput {

    /**
     * Takes the capture lines of one request or batch.
     *
     * @param lines one JSON object per line, each line ended by {@code \n}
     * @param count how many lines
     */
    void write(CharSequence lines, int count);
}
