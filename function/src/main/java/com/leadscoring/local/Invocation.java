package com.leadscoring.local;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import ai.onnxruntime.OrtEnvironment;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.leadscoring.api.Cors;
import com.leadscoring.api.RequestMetrics;
import com.leadscoring.api.ScoreHandler;
import com.leadscoring.bootstrap.ColdStart;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.wire.ApiGatewayEventJson;

/**
 * One run of the API handler on an event file, as {@code invoke} does it, without picocli: {@link InvokeCommand} calls
 * it after parsing, and {@link FunctionMain} calls it directly for a plain {@code invoke --store S --event E}, so a
 * cold start does not pay for building the CLI's command model (the {@code invoke} cold start is measured against the
 * libraries' floors, BENCHMARKS.md).
 */
final class Invocation {

    private Invocation() {}

    /** Loads the model of {@code store} ({@code version} or latest), answers the event, prints the response. */
    static int run(String store, String version, Path event, boolean timings) throws Exception {
        long t0 = System.nanoTime();
        // The management beans cost ~20 ms of class loading: only when the breakdown is asked for.
        long jvmMillis = timings
                ? System.currentTimeMillis()
                        - ManagementFactory.getRuntimeMXBean().getStartTime()
                : 0;
        // As on Lambda's init: the runtime's native library and logging load while the event and the model are read
        // (both started by FunctionMain before the command line was parsed). Read here, not on a third thread: on two
        // cores one more runnable thread only slows logging's start, the last thing a cold start waits for (measured
        // 2-3 % faster on disk, BENCHMARKS.md).
        APIGatewayProxyRequestEvent request = ApiGatewayEventJson.read(Files.readAllBytes(event));
        long t1 = System.nanoTime();
        ModelBundle bundle = ModelLoader.load(store, version);
        long t2 = System.nanoTime();
        OrtEnvironment.getEnvironment(); // what is left of loading the native library after the overlap
        long t3 = System.nanoTime();
        ColdStart.awaitLogging(); // the handler waits for it too; timed apart here
        long tLogging = System.nanoTime();
        ScoreHandler handler = new ScoreHandler(Serving.of(bundle), RequestMetrics.NONE, Cors.NONE);
        long t4 = System.nanoTime();
        APIGatewayProxyResponseEvent response = handler.handle(request, null);
        long t5 = System.nanoTime();
        System.out.println(ApiGatewayEventJson.pretty(response));
        if (timings) {
            System.err.printf(
                    Locale.ROOT,
                    "timings ms: jvm_to_main %d event %.1f model_read %.1f ort_environment %.1f "
                            + "logging %.1f session %.1f first_answer %.1f total %.1f%n",
                    jvmMillis,
                    ms(t1 - t0),
                    ms(t2 - t1),
                    ms(t3 - t2),
                    ms(tLogging - t3),
                    ms(t4 - tLogging),
                    ms(t5 - t4),
                    jvmMillis + ms(t5 - t0));
        }
        return 0;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
