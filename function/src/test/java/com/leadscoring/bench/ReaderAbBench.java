package com.leadscoring.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds' lead readers in one JVM, interleaved in rounds of 50 ms per case: each {@code function.jar} in a class
 * loader of its own, its API request parser ({@code ScoreRequestParser.parse}, 1,000 leads) or its batch reader
 * ({@code BatchReader.read}, a 1,000-item batch), so load and JIT conditions fall on both alike. One reader per JVM
 * ({@code api} or {@code batch}), as on Lambda, where each function runs one handler. Minimum, p10 and p50.
 *
 * <p>Arguments: before.jar after.jar api|batch [seconds per case, default 5].
 */
public final class ReaderAbBench {

    private interface Call {
        Object run() throws Exception;
    }

    private ReaderAbBench() {}

    public static void main(String[] args) throws Exception {
        boolean api = args[2].equals("api");
        double seconds = args.length > 3 ? Double.parseDouble(args[3]) : 5;
        byte[] body = api
                ? ScoringBench.event(1000, false).getBody().getBytes(StandardCharsets.UTF_8)
                : BenchBatches.batch(1000);
        List<String> names = new ArrayList<>();
        List<Call> calls = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            ClassLoader jar = new URLClassLoader(
                    new URL[] {Path.of(args[k]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> encoderType = jar.loadClass("com.leadscoring.features.LeadEncoder");
            Object v1 = jar.loadClass("com.leadscoring.features.FeatureEncoders")
                    .getField("V1")
                    .get(null);
            names.add((k == 0 ? "before" : "after") + (api ? ": API parse, 1,000 leads" : ": batch read, 1,000 items"));
            if (api) {
                Class<?> parserType = jar.loadClass("com.leadscoring.api.ScoreRequestParser");
                Object parser = parserType.getConstructor().newInstance();
                Method parse = parserType.getMethod("parse", byte[].class, encoderType);
                Method size = jar.loadClass("com.leadscoring.api.ScoreRequest").getMethod("size");
                calls.add(() -> check((int) size.invoke(parse.invoke(parser, body, v1))));
            } else {
                Method read = jar.loadClass("com.leadscoring.batch.BatchReader")
                        .getDeclaredMethod("read", InputStream.class, encoderType);
                read.setAccessible(true);
                Method valid =
                        jar.loadClass("com.leadscoring.batch.BatchRequest").getDeclaredMethod("valid");
                valid.setAccessible(true);
                calls.add(() -> check((int) valid.invoke(read.invoke(null, new ByteArrayInputStream(body), v1))));
            }
        }
        int n = calls.size();
        long[][] samples = new long[n][1_000_000];
        int[] counts = new int[n];
        for (Call call : calls) {
            long end = System.nanoTime() + 2_000_000_000L;
            while (System.nanoTime() < end) {
                call.run();
            }
        }
        long stop = System.nanoTime() + (long) (seconds * n * 1e9);
        while (System.nanoTime() < stop) {
            for (int c = 0; c < n; c++) {
                long end = System.nanoTime() + 50_000_000L;
                while (System.nanoTime() < end && counts[c] < samples[c].length) {
                    long t0 = System.nanoTime();
                    calls.get(c).run();
                    samples[c][counts[c]++] = System.nanoTime() - t0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "| reader | min µs | p10 µs | p50 µs | calls |%n|---|---|---|---|---|%n");
        for (int c = 0; c < n; c++) {
            long[] s = Arrays.copyOf(samples[c], counts[c]);
            Arrays.sort(s);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f | %d |%n",
                    names.get(c),
                    s[0] / 1e3,
                    s[s.length / 10] / 1e3,
                    s[s.length / 2] / 1e3,
                    counts[c]);
        }
    }

    private static int check(int leads) {
        if (leads != 1000) {
            throw new IllegalStateException("read " + leads + " leads of 1,000");
        }
        return leads;
    }
}
