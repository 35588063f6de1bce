package com.leadscoring.stdout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a Lambda invocation's stdout goes when it is written after the response: the request thread hands its batch
 * over at the end of the handler ({@link StdoutBatch#open(String)}; the buffer changes owner, nothing is copied), and
 * the internal extension's thread, on the invocation's {@code INVOKE}, waits for that hand-over and writes it to stdout
 * in one write before it asks Lambda for its next event ({@link #drain}). Lambda answers the caller once the runtime
 * posts the response and freezes the environment only after every extension has asked for its next event, so the write
 * (and the capture lines built with it) is billed but off the caller's latency, and always finishes.
 *
 * <p>Nothing is lost: a hand-over the drain will not take (it stopped, or gave up on that invocation at its deadline)
 * is refused and the request thread writes it itself; batches held when the drain stops are written at once.
 */
public final class StdoutDrain {

    /** What one invocation handed over: its bytes so far ({@code bytes[0, length)}) and the lines still to build. */
    record Handed(byte[] bytes, int length, List<Runnable> later) {}

    /** Batches handed over and not yet written, by request id: one at a time on Lambda. */
    private final Map<String, Handed> handed = new LinkedHashMap<>();
    /** The last invocation the drain stopped waiting for at its deadline: its late hand-over is refused. */
    private String abandoned;

    private boolean stopped;
    /** The buffer of the batch written last, given back to the next request's batch (two buffers take turns). */
    private byte[] spare;

    /** Whether hand-overs are taken (false once the extension has stopped). */
    public synchronized boolean accepting() {
        return !stopped;
    }

    /** Takes the batch of invocation {@code requestId}; false when it is not taken and the caller must write it. */
    synchronized boolean handOff(String requestId, Handed batch) {
        if (stopped || requestId.equals(abandoned)) {
            return false;
        }
        handed.put(requestId, batch);
        notifyAll();
        return true;
    }

    /** The buffer of the last batch written, for the next batch to fill (null when none is free). */
    synchronized byte[] takeSpare() {
        byte[] b = spare;
        spare = null;
        return b;
    }

    /**
     * The extension's work on invocation {@code requestId}: waits until its handler has handed its batch over (or ended
     * without lines: an empty batch), at most until {@code deadlineMs} (epoch ms, the invocation's timeout), and writes
     * it. Returns once written: only then may the extension ask for its next event. Lambda runs one invocation at a
     * time per environment, so whatever is handed over meanwhile is this invocation's, whatever id it came with: a
     * batch is never left waiting for an {@code INVOKE} that does not name it.
     */
    public void drain(String requestId, long deadlineMs) {
        long deadline = deadlineMs > 0 ? deadlineMs : System.currentTimeMillis() + 900_000;
        List<Handed> batches;
        synchronized (this) {
            while (handed.isEmpty() && !stopped) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    abandoned = requestId;
                    break;
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    abandoned = requestId;
                    break;
                }
            }
            batches = new ArrayList<>(handed.values());
            handed.clear();
        }
        if (!batches.isEmpty()) {
            // Woken by the hand-over, this thread may have taken the CPU of the request thread, which still has to
            // return and post the response: let it run first when they share one (on 2 busy cores the drain's write
            // otherwise lands in the caller's time: CaptureBench, +19 % at 1,000 leads without this yield, +5 % with).
            Thread.yield();
            batches.forEach(this::write);
        }
    }

    /** The extension stopped: batches held are written now, later ones by their request threads. */
    public void stop() {
        List<Handed> held;
        synchronized (this) {
            stopped = true;
            held = new ArrayList<>(handed.values());
            handed.clear();
            notifyAll();
        }
        held.forEach(this::write);
    }

    private void write(Handed batch) {
        StdoutBatch.write(batch);
        synchronized (this) {
            if (spare == null || batch.bytes().length > spare.length) {
                spare = batch.bytes();
            }
        }
    }
}
