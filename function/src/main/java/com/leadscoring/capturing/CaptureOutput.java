package com.leadscoring.capturing;

/** Where capture lines go. Never fails the request: an output that cannot write reports it its own way. */
@FunctionalInterface
public interface CaptureOutput {

    /**
     * Takes the capture lines of one request or batch.
     *
     * @param lines UTF-8, one JSON object per line, each line ended by {@code \n}: {@code lines[0, length)}; the
     *     caller's buffer, reused once this returns
     * @param length how many bytes
     * @param count how many lines
     */
    void write(byte[] lines, int length, int count);
}
