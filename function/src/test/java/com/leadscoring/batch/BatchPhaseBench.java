package com.leadscoring.batch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.leadscoring.bench.Interleaved;
import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.features.LeadEncoder;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelStores;

/**
 * Where the batch handler's time beyond its floor goes: the floor's two parts (Jackson tokenizing the batch, the raw
 * ORT run) and the handler's steps cumulatively (read, + ORT and rows, the answer's bytes, the whole handler without
 * and with a Lambda context), interleaved in rounds of 50 ms per case like {@code BatchRatioBench}. Minimum and p10
 * besides p50: on a loaded machine the low quantiles are the steps' own cost, the p50 mostly the other processes'. Run
 * it as {@code bench/ratios.sh} runs the batch bench (production log configuration, the template's environment).
 *
 * <p>Arguments: the model store, seconds per case (default 3).
 */
public final class BatchPhaseBench {

    private interface Call {
        Object run() throws Exception;
    }

    private BatchPhaseBench() {}

    public static void main(String[] args) throws Exception {
        String store = args[0];
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        ModelBundle bundle = ModelStores.open(store).load(null);
        BatchScoreHandler handler = new BatchScoreHandler(); // Lambda's constructor: MODEL_URI's model
        LeadEncoder encoder = FeatureEncoders.forContract(bundle.preprocessing().contract());
        byte[] batch = benchBatch();
        JsonFactory json = new JsonFactory();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.setIntraOpNumThreads(1);
        int width = encoder.size();
        float[] x = new float[1000 * width];
        Random r = new Random(1);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextGaussian();
        }
        BatchResult result = handler.score(new ByteArrayInputStream(batch));
        if (result.scored() != 1000) {
            throw new IllegalStateException("benchmark batch did not score every lead");
        }
        Context context = benchContext();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        String input = bundle.manifest().output().inputName();
        try (OrtSession raw = env.createSession(bundle.onnxModel(), options);
                OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), new long[] {1000, width})) {
            String[] names = {
                "floor: Jackson tokenizing",
                "floor: raw ORT run",
                "read (BatchReader)",
                "score (read + ORT + rows)",
                "answer bytes (write)",
                "score + write",
                "handler, no context",
                "handler, Lambda context"
            };
            Call[] calls = {
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
                    try (OrtSession.Result o = raw.run(Map.of(input, tensor))) {
                        return o.size();
                    }
                },
                () -> BatchReader.read(new ByteArrayInputStream(batch), encoder).valid(),
                () -> handler.score(new ByteArrayInputStream(batch)).scored(),
                () -> BatchScoreHandler.write(result).length,
                () -> BatchScoreHandler.write(handler.score(new ByteArrayInputStream(batch))).length,
                () -> {
                    out.reset();
                    handler.handleRequest(new ByteArrayInputStream(batch), out, null);
                    return out.size();
                },
                () -> {
                    out.reset();
                    handler.handleRequest(new ByteArrayInputStream(batch), out, context);
                    return out.size();
                }
            };
            run(names, calls, seconds);
        }
    }

    private static void run(String[] names, Call[] calls, double seconds) throws Exception {
        List<Interleaved.TimedCall> timed = new ArrayList<>();
        for (Call call : calls) {
            timed.add(Interleaved.timed(call::run));
        }
        Interleaved.print("case", List.of(names), Interleaved.run(timed, 1_500_000_000L, seconds, 1_000_000));
    }

    /** The bench batch of {@code BatchRatioBench} (bench package, not visible here). */
    private static byte[] benchBatch() throws ReflectiveOperationException {
        var batch = Class.forName("com.leadscoring.bench.BenchBatches").getDeclaredMethod("batch", int.class);
        batch.setAccessible(true);
        return (byte[]) batch.invoke(null, 1000);
    }

    private static Context benchContext() throws ReflectiveOperationException {
        var constructor = Class.forName("com.leadscoring.bench.BenchContext").getDeclaredConstructor();
        constructor.setAccessible(true);
        return (Context) constructor.newInstance();
    }
}
