package com.leadscoring.stdout;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines one request writes to stdout (its request log line, its EMF metrics line, and whatever else is appended
 * while it is open), gathered per thread and written in one write when the request closes it. A line appended while no
 * batch is open is written at once. Lines go to {@code System.out} as it is at the time of the write (tests capture
 * it), after the log lines written through log4j earlier in the request, which write at once.
 */
public final class StdoutBatch implements AutoCloseable {

    private static final ThreadLocal<StdoutBatch> BATCH = ThreadLocal.withInitial(StdoutBatch::new);

    private final StringBuilder text = new StringBuilder(8 * 1024);
    /**
     * Lines handed over as bytes (the capture lines), then the text's bytes at {@link #close}: one array, one write.
     */
    private byte[] bytes = new byte[8 * 1024];

    private int byteCount;
    private boolean open;

    private StdoutBatch() {}

    /** Opens this thread's batch: lines appended until {@link #close} go out in one write. Not reentrant. */
    public static StdoutBatch open() {
        StdoutBatch batch = BATCH.get();
        batch.text.setLength(0);
        batch.byteCount = 0;
        batch.open = true;
        return batch;
    }

    /** The builder a line is appended to: this thread's open batch, or a fresh one written by {@link #end}. */
    public static StringBuilder begin() {
        StdoutBatch batch = BATCH.get();
        return batch.open ? batch.text : new StringBuilder(1024);
    }

    /** Ends the line appended to {@code line} (from {@link #begin}); written now unless a batch is open. */
    public static void end(StringBuilder line) {
        line.append('\n');
        StdoutBatch batch = BATCH.get();
        if (!batch.open || line != batch.text) {
            write(line);
        }
    }

    /**
     * Complete lines (each ending in a newline, as capture lines are built): with this thread's open batch, or written
     * at once when none is open. The way for other per-request output (the capture lines) to join the request's write.
     */
    public static void lines(CharSequence lines) {
        StdoutBatch batch = BATCH.get();
        if (batch.open) {
            batch.text.append(lines);
        } else if (lines.length() > 0) {
            write(lines);
        }
    }

    /**
     * Complete lines already encoded as UTF-8 ({@code lines[0, length)}, each ending in a newline: the capture lines):
     * copied into this thread's open batch, ahead of its text lines, or written at once when none is open. Bytes stay
     * bytes: a request's thousand capture lines are never decoded to characters and encoded again.
     */
    public static void lines(byte[] lines, int length) {
        StdoutBatch batch = BATCH.get();
        if (!batch.open) {
            if (length > 0) {
                write(lines, length);
            }
            return;
        }
        batch.reserve(length);
        System.arraycopy(lines, 0, batch.bytes, batch.byteCount, length);
        batch.byteCount += length;
    }

    /** Writes what was gathered, in one write, and closes the batch. */
    @Override
    public void close() {
        open = false;
        if (byteCount == 0) {
            if (text.length() > 0) {
                write(text);
            }
        } else {
            byte[] encoded = text.toString().getBytes(StandardCharsets.UTF_8);
            reserve(encoded.length);
            System.arraycopy(encoded, 0, bytes, byteCount, encoded.length);
            write(bytes, byteCount + encoded.length);
            byteCount = 0;
        }
        text.setLength(0);
    }

    private void reserve(int more) {
        int needed = byteCount + more;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
        }
    }

    private static void write(byte[] bytes, int length) {
        PrintStream out = System.out;
        out.write(bytes, 0, length);
        out.flush();
    }

    private static void write(CharSequence lines) {
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        // One write(2): System.out's buffer (128 bytes) passes a larger array straight through, then flushes.
        write(bytes, bytes.length);
    }
}
