package com.leadscoring.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        Interleaved.print(
                "reader",
                names,
                Interleaved.run(
                        calls.stream().map(c -> Interleaved.timed(c::run)).toList(),
                        2_000_000_000L,
                        seconds,
                        1_000_000));
    }

    private static int check(int leads) {
        if (leads != 1000) {
            throw new IllegalStateException("read " + leads + " leads of 1,000");
        }
        return leads;
    }
}
