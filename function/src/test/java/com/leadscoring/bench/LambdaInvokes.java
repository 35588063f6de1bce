package com.leadscoring.bench;

import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;

import com.leadscoring.stdout.StdoutBatch;
import com.leadscoring.stdout.StdoutDrain;

/**
 * Lambda's order of events around a handler call, in-process, with the stdout extension's drain running as on Lambda
 * ({@link StdoutDrain} on its own thread, without the Extensions API's HTTP): the invocation's {@code INVOKE} reaches
 * the extension as the handler starts, the caller's time ends when {@code handleRequest} returns, and the next call
 * starts only once the drain has written (Lambda hands out no event before every extension asked for its next). A call
 * returns {@link Invoked}: both times, which {@link ScoringBench#interleave} records (p50 as the caller sees it, and
 * the environment's busy time, request + drain, which is billed).
 */
final class LambdaInvokes {

    /** One emulated invocation: the caller's time and the environment's busy time, in ns. */
    record Invoked(long callerNanos, long busyNanos) {}

    private final StdoutDrain drain = new StdoutDrain();
    private final SynchronousQueue<String> invokes = new SynchronousQueue<>();
    private final Semaphore drained = new Semaphore(0);

    LambdaInvokes() {
        Thread extension = new Thread(
                () -> {
                    try {
                        while (true) {
                            String requestId = invokes.take();
                            drain.drain(requestId, System.currentTimeMillis() + 60_000);
                            drained.release();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "bench-stdout-extension");
        extension.setDaemon(true);
        extension.start();
    }

    /**
     * Runs {@code call} (a {@code handleRequest} of invocation {@code requestId}) as an invocation: its stdout drained
     * after it returns when {@code drained}, else written by the call as without the extension.
     */
    Invoked invoke(String requestId, boolean drainedAfter, ScoringBench.Call call) throws Exception {
        if (!drainedAfter) {
            StdoutBatch.drainTo(null);
            long t0 = System.nanoTime();
            call.run();
            long t = System.nanoTime() - t0;
            return new Invoked(t, t);
        }
        StdoutBatch.drainTo(drain);
        invokes.put(requestId);
        long t0 = System.nanoTime();
        call.run();
        long t1 = System.nanoTime();
        drained.acquire();
        long t2 = System.nanoTime();
        StdoutBatch.drainTo(null);
        return new Invoked(t1 - t0, t2 - t0);
    }
}
