package com.leadscoring.stdout;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.slf4j.LoggerFactory;

/**
 * The lines one request writes to stdout (its request log line, its EMF metrics line, and whatever else is appended
 * while it is open), gathered per thread and written in one write when the request closes it. A line appended while no
 * batch is open is written at once. Lines go to {@code System.out} as it is at the time of the write (tests capture
 * it), after the log lines written through log4j earlier in the request, which write at once.
 *
 * <p>On Lambda, with the stdout extension running ({@link #drainTo}), the batch of an invocation
 * ({@link #open(String)}, opened around the whole handler) is not written by the request: at its close the buffer is
 * handed to the {@link StdoutDrain}, which writes it after the response, and the batch takes the drain's spare buffer
 * for the next request. Lines that can be built later ({@link #later}: the capture lines) are then built by the drain
 * too. Anywhere else (local runs, tests, a drain that stopped) the batch is written at its close, as before.
 */
public final class StdoutBatch implements AutoCloseable {

    private static final ThreadLocal<StdoutBatch> BATCH = ThreadLocal.withInitial(StdoutBatch::new);
    /** The drain of Lambda's stdout extension, when one runs in this process. */
    private static volatile StdoutDrain drain;

    private final StringBuilder text = new StringBuilder(8 * 1024);
    /**
     * Lines handed over as bytes (the capture lines), then the text's bytes at {@link #close}: one array, one write.
     */
    private byte[] bytes = new byte[8 * 1024];

    private int byteCount;
    private boolean open;
    /** Opens not yet closed: an inner open joins the outer batch, which alone writes. */
    private int depth;
    /** The Lambda request id of the invocation the batch belongs to (null outside a Lambda invocation). */
    private String invocation;
    /** Lines to build when the batch is written ({@link #later}). */
    private final List<Runnable> later = new ArrayList<>(2);

    private StdoutBatch() {}

    /**
     * Opens this thread's batch: lines appended until {@link #close} go out in one write. Inside an open batch it joins
     * it: the outer close writes.
     */
    public static StdoutBatch open() {
        return open(null);
    }

    /**
     * Opens this thread's batch for the Lambda invocation {@code requestId} (the context's request id; null outside
     * Lambda), around the whole handler, so that on Lambda with the stdout extension it is handed over when the
     * response is complete and written after it ({@link StdoutDrain}). Inside an open batch it joins it.
     */
    public static StdoutBatch open(String requestId) {
        StdoutBatch batch = BATCH.get();
        if (batch.depth++ == 0) {
            batch.text.setLength(0);
            batch.byteCount = 0;
            batch.later.clear();
            batch.invocation = requestId;
            batch.open = true;
        }
        return batch;
    }

    /**
     * Installs the drain of Lambda's stdout extension (once per process, during the init; null removes it): the batches
     * of invocations are handed to it from then on, while it accepts them.
     */
    public static void drainTo(StdoutDrain d) {
        drain = d;
    }

    /** Whether this thread's open batch will be written after the response, by the drain. */
    public static boolean drained() {
        StdoutBatch batch = BATCH.get();
        StdoutDrain d = drain;
        return batch.open && batch.invocation != null && d != null && d.accepting();
    }

    /**
     * Lines built when the batch is written, ahead of its text lines ({@code lines} appends them with
     * {@link #lines(byte[], int)}): after the response by the drain when {@link #drained()}, else at the close. Run at
     * once when no batch is open. Whatever {@code lines} reads must stay unchanged until then: on Lambda the next
     * invocation starts only after the drain has written.
     */
    public static void later(Runnable lines) {
        StdoutBatch batch = BATCH.get();
        if (batch.open) {
            batch.later.add(lines);
        } else {
            build(lines);
        }
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

    /**
     * Closes the batch (the outermost close): hands it to the drain when it belongs to an invocation and a drain takes
     * it, else builds its {@link #later} lines and writes what was gathered, in one write.
     */
    @Override
    public void close() {
        if (--depth > 0) {
            return;
        }
        StdoutDrain d = drain;
        String requestId = invocation;
        invocation = null;
        if (requestId != null && d != null && d.accepting()) {
            open = false;
            int length = compose(); // before reading bytes: composing may grow it
            StdoutDrain.Handed batch = new StdoutDrain.Handed(bytes, length, List.copyOf(later));
            byte[] spare = d.takeSpare();
            bytes = spare != null ? spare : new byte[8 * 1024];
            later.clear();
            text.setLength(0);
            byteCount = 0;
            if (!d.handOff(requestId, batch)) {
                write(batch);
            }
            return;
        }
        for (Runnable r : later) {
            build(r);
        }
        later.clear();
        open = false;
        if (byteCount == 0) {
            if (text.length() > 0) {
                write(text);
            }
        } else {
            int length = compose();
            write(bytes, length);
            byteCount = 0;
        }
        text.setLength(0);
    }

    /** The bytes lines, then the text lines encoded after them: {@code bytes[0, returned)}. */
    private int compose() {
        if (text.length() == 0) {
            return byteCount;
        }
        byte[] encoded = text.toString().getBytes(StandardCharsets.UTF_8);
        reserve(encoded.length);
        System.arraycopy(encoded, 0, bytes, byteCount, encoded.length);
        return byteCount + encoded.length;
    }

    /** Writes a handed-over batch in one write on this thread, building its later lines first (the drain's write). */
    static void write(StdoutDrain.Handed batch) {
        if (batch.later().isEmpty()) {
            if (batch.length() > 0) {
                write(batch.bytes(), batch.length());
            }
            return;
        }
        try (StdoutBatch lines = open()) {
            for (Runnable r : batch.later()) {
                build(r);
            }
            lines(batch.bytes(), batch.length());
        }
    }

    /** Runs a later line builder; one that fails loses its own lines only, never the batch's others. */
    private static void build(Runnable lines) {
        try {
            lines.run();
        } catch (RuntimeException e) {
            // The class only: a message could quote a lead's values.
            LoggerFactory.getLogger(StdoutBatch.class)
                    .warn("stdout lines could not be built: {}", e.getClass().getName());
        }
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
