package com.leadscoring.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.leadscoring.batch.BatchScoreHandler;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelStores;

/**
 * The Distributed Map batch handler against its floor, interleaved ({@link ScoringBench#interleave}): the handler
 * (batch bytes → answer bytes) on 1,000 leads, Jackson merely tokenizing the same batch, and the raw ONNX Runtime run
 * on a pre-built tensor of 1,000 rows. The handler is built by the constructor Lambda calls, in the template's
 * environment, with the production log configuration: run it through {@code bench/ratios.sh}.
 *
 * <p>Arguments: the model store, seconds per case (default 3).
 */
public final class BatchRatioBench {

    private BatchRatioBench() {}

    public static void main(String[] args) throws Exception {
        String store = args[0];
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        ModelBundle bundle = ModelStores.open(store).load(null);
        // The constructor Lambda calls, in the template's environment (bench/ratios.sh): MODEL_URI's model.
        BatchScoreHandler handler = new BatchScoreHandler();
        ScoringBench.requireSameModel(handler.modelVersion(), bundle);
        byte[] batch = BenchBatches.batch(1000);
        if (handler.score(new ByteArrayInputStream(batch)).scored() != 1000) {
            throw new IllegalStateException("benchmark batch did not score every lead");
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.setIntraOpNumThreads(1);
        int width = bundle.preprocessing().contract().size();
        float[] x = new float[1000 * width];
        Random r = new Random(1);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextGaussian();
        }
        JsonFactory json = new JsonFactory();
        ByteArrayOutputStream answer = new ByteArrayOutputStream(256 * 1024);
        try (OrtSession raw = env.createSession(bundle.onnxModel(), options);
                OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), new long[] {1000, width})) {
            String input = bundle.manifest().output().inputName();
            List<ScoringBench.Call> calls = List.of(
                    () -> {
                        answer.reset();
                        handler.handleRequest(new ByteArrayInputStream(batch), answer, ScoringBench.CONTEXT);
                        return answer.size();
                    },
                    () -> {
                        int tokens = 0;
                        try (JsonParser p = json.createParser(batch)) {
                            while (p.nextToken() != null) {
                                tokens++;
                            }
                        }
                        return tokens;
                    },
                    () -> {
                        try (OrtSession.Result out = raw.run(Map.of(input, tensor))) {
                            return out.size();
                        }
                    });
            ScoringBench.Interleaved run = ScoringBench.interleave(calls, seconds);
            double[] p50 = run.p50();
            System.out.printf(
                    Locale.ROOT,
                    "model %s, batch of 1000 leads (%.1f KB), %d rounds of 50 ms per case, JDK %s%n",
                    bundle.manifest().modelVersion(),
                    batch.length / 1024.0,
                    run.rounds(),
                    System.getProperty("java.version"));
            System.out.printf(
                    Locale.ROOT,
                    "| batch handler p50 µs | tokenizing p50 µs | raw ORT p50 µs | handler / floor |%n"
                            + "|---|---|---|---|%n| %.1f | %.1f | %.1f | %.2f× |%n",
                    p50[0],
                    p50[1],
                    p50[2],
                    p50[0] / (p50[1] + p50[2]));
        }
    }
}
