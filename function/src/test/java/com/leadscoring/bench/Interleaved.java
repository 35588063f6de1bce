package com.leadscoring.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The A/B and phase benches' one measuring loop: each call warmed up alone, then all of them in turns of 50 ms until
 * each has had its share of the time, so that a change of machine load (other builds on the same 2 cores) falls on
 * every case alike. Reported as minimum, p10 and p50: at load the minimum is the step's own cost.
 */
public final class Interleaved {

    /** One measured call: returns the nanoseconds it took (a phase bench times part of what it runs). */
    public interface TimedCall {
        long run() throws Exception;
    }

    /** A call timed as a whole. */
    public interface Call {
        Object run() throws Exception;
    }

    private Interleaved() {}

    /** {@code call} timed as a whole. */
    public static TimedCall timed(Call call) {
        return () -> {
            long t0 = System.nanoTime();
            call.run();
            return System.nanoTime() - t0;
        };
    }

    /**
     * Runs each call for {@code warmupNanos} alone, then in turns for {@code seconds} each (at most {@code capacity}
     * samples a call); returns each call's samples, sorted.
     */
    public static long[][] run(List<TimedCall> calls, long warmupNanos, double seconds, int capacity) throws Exception {
        int n = calls.size();
        long[][] samples = new long[n][capacity];
        int[] counts = new int[n];
        for (TimedCall call : calls) {
            long end = System.nanoTime() + warmupNanos;
            while (System.nanoTime() < end) {
                call.run();
            }
        }
        long stop = System.nanoTime() + (long) (seconds * n * 1e9);
        while (System.nanoTime() < stop) {
            for (int c = 0; c < n; c++) {
                long end = System.nanoTime() + 50_000_000L;
                while (System.nanoTime() < end && counts[c] < capacity) {
                    samples[c][counts[c]++] = calls.get(c).run();
                }
            }
        }
        long[][] sorted = new long[n][];
        for (int c = 0; c < n; c++) {
            sorted[c] = Arrays.copyOf(samples[c], counts[c]);
            Arrays.sort(sorted[c]);
        }
        return sorted;
    }

    /** The table of {@link #run}'s samples: a row per call, under a first column named {@code label}. */
    public static void print(String label, List<String> names, long[][] sorted) {
        System.out.printf(Locale.ROOT, "| %s | min µs | p10 µs | p50 µs | calls |%n|---|---|---|---|---|%n", label);
        for (int c = 0; c < sorted.length; c++) {
            long[] s = sorted[c];
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f | %d |%n",
                    names.get(c),
                    s[0] / 1e3,
                    s[s.length / 10] / 1e3,
                    s[s.length / 2] / 1e3,
                    s.length);
        }
    }
}
