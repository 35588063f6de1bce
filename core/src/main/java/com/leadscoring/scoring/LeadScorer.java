package com.leadscoring.scoring;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.leadscoring.features.FeatureEncoder;
import com.leadscoring.features.FeatureGroups;
import com.leadscoring.decision.DecisionPolicy;
import com.leadscoring.features.Normalization;
import com.leadscoring.lead.Lead;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelOutput;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Scores leads with a loaded model: the shared encoder and z-normalization in Java, then one batched ONNX Runtime
 * {@code run} per call. With explanations, each lead is followed in the same batch by one copy per source field with
 * that field's features at the training mean (0 after z-normalization); the difference in probability is the field's
 * impact. One session is shared by all threads (ORT's run is thread-safe); each thread has its own direct input
 * buffer, reused from call to call.
 */
public final class LeadScorer implements AutoCloseable {

    private static final int TOP = 3;
    /** Per thread, shared by every scorer: runs on one thread are sequential, and the tensor lives only during a run. */
    private static final ThreadLocal<FloatBuffer> INPUT = new ThreadLocal<>();

    private final OrtEnvironment env;
    private final OrtSession session;
    private final Normalization normalization;
    private final DecisionPolicy policy;
    private final ModelOutput output;
    private final FeatureGroups groups = FeatureGroups.bySourceField();
    private final int[][] groupIndices = java.util.stream.IntStream.range(0, groups.size()).mapToObj(groups::indices)
            .toArray(int[][]::new);
    private final String version;

    /**
     * Starts loading ONNX Runtime's native library (the largest part of a cold start: extracting and loading it) on a
     * daemon thread, so it overlaps reading the model; the first {@link LeadScorer} then finds it ready or waits for it.
     */
    public static void startRuntimeInBackground() {
        Thread t = new Thread(() -> {
            try {
                OrtEnvironment.getEnvironment();
            } catch (RuntimeException | LinkageError e) {
                // The constructor that needs the runtime reports the failure; nothing to do on this thread.
            }
        }, "ort-warmup");
        t.setDaemon(true);
        t.start();
    }

    public LeadScorer(ModelBundle bundle) throws OrtException {
        this(bundle, 1);
    }

    /** @param intraOpThreads ORT threads per run: 1 on Lambda, where concurrency comes from instances */
    public LeadScorer(ModelBundle bundle, int intraOpThreads) throws OrtException {
        // The feature contract was checked once, by the store, when the bundle was loaded.
        this.normalization = bundle.preprocessing().normalization();
        this.policy = bundle.preprocessing().policy();
        this.output = bundle.manifest().output();
        this.version = bundle.manifest().modelVersion();
        this.env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setIntraOpNumThreads(intraOpThreads);
            this.session = env.createSession(bundle.onnxModel(), options);
        }
        if (!session.getInputNames().contains(output.inputName()) || !session.getOutputNames().contains(output.outputName())) {
            // The message needs the session's names, so build it before closing the session.
            String message = "model " + version + " has inputs " + session.getInputNames() + " and outputs "
                    + session.getOutputNames() + ", its manifest names " + output.inputName() + " / " + output.outputName();
            session.close();
            throw new IllegalStateException(message);
        }
    }

    public String modelVersion() {
        return version;
    }

    public double threshold() {
        return policy.threshold();
    }

    /** Calibrated probabilities, in order. */
    public float[] probabilities(List<Lead> leads) throws OrtException {
        int n = leads.size();
        float[] x = encode(leads);
        normalization.normalize(x, 0, n);
        return run(x, n);
    }

    /** Probabilities for already encoded and normalized rows (benchmarks, and the batch path below). */
    public float[] run(float[] normalized, int rows) throws OrtException {
        if (rows == 0) {
            return new float[0];
        }
        FloatBuffer in = inputBuffer(rows);
        in.put(normalized, 0, rows * FeatureEncoder.SIZE).flip();
        return run(in, rows);
    }

    public List<LeadScore> score(List<Lead> leads, boolean explain) throws OrtException {
        return score(encode(leads), leads.size(), explain);
    }

    /**
     * Scores {@code n} leads already encoded by {@link FeatureEncoder} (raw, not normalized) in
     * {@code encoded[0 .. n*SIZE)}, as {@link #score(List, boolean)} does; the rows are z-normalized in place, so the
     * caller's buffer is spent. The API's request parser encodes straight into such a buffer, without building leads.
     */
    public List<LeadScore> score(float[] encoded, int n, boolean explain) throws OrtException {
        int f = FeatureEncoder.SIZE;
        normalization.normalize(encoded, 0, n);
        int per = explain ? 1 + groups.size() : 1;
        float[] p;
        if (n == 0) {
            p = new float[0];
        } else {
            FloatBuffer in = inputBuffer(n * per);
            if (explain) {
                // Each normalized row, then one copy per source field with that field's features at the training
                // mean (0 after z-normalization).
                for (int i = 0; i < n; i++) {
                    in.put(encoded, i * f, f);
                    for (int g = 0; g < groups.size(); g++) {
                        int row = in.position();
                        in.put(encoded, i * f, f);
                        for (int k : groupIndices[g]) {
                            in.put(row + k, 0f);
                        }
                    }
                }
            } else {
                in.put(encoded, 0, n * f);
            }
            p = run(in.flip(), n * per);
        }
        List<LeadScore> scores = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double prob = p[i * per];
            List<Factor> factors = explain ? factors(p, i * per, prob) : List.of();
            scores.add(toScore(prob, factors));
        }
        return scores;
    }

    private static float[] encode(List<Lead> leads) {
        float[] x = new float[leads.size() * FeatureEncoder.SIZE];
        for (int i = 0; i < leads.size(); i++) {
            FeatureEncoder.encode(leads.get(i), x, i * FeatureEncoder.SIZE);
        }
        return x;
    }

    /**
     * This thread's direct input buffer, cleared, with room for {@code rows} rows. ORT reads a direct buffer in place;
     * a heap array would be copied into a fresh direct buffer on every run.
     */
    private static FloatBuffer inputBuffer(int rows) {
        int floats = rows * FeatureEncoder.SIZE;
        FloatBuffer b = INPUT.get();
        if (b == null || b.capacity() < floats) {
            b = ByteBuffer.allocateDirect(Math.max(floats, 64 * FeatureEncoder.SIZE) * Float.BYTES)
                    .order(ByteOrder.nativeOrder()).asFloatBuffer();
            INPUT.set(b);
        }
        b.clear();
        return b;
    }

    /** Runs the model on the rows between {@code in}'s position and limit. */
    private float[] run(FloatBuffer in, int rows) throws OrtException {
        float[] p = new float[rows];
        try (OnnxTensor t = OnnxTensor.createTensor(env, in, new long[] {rows, FeatureEncoder.SIZE});
             OrtSession.Result result = session.run(Map.of(output.inputName(), t))) {
            OnnxValue value = result.get(output.outputName()).orElseThrow();
            FloatBuffer out = ((OnnxTensor) value).getFloatBuffer();
            int width = out.remaining() / rows;
            int column = output.probabilityColumn() < 0 ? 0 : output.probabilityColumn();
            for (int i = 0; i < rows; i++) {
                p[i] = out.get(i * width + column);
            }
        }
        return p;
    }

    private LeadScore toScore(double probability, List<Factor> factors) {
        int score = DecisionPolicy.score(probability);
        return new LeadScore(probability, score, policy.buys(probability), policy.grade(score), factors);
    }

    private List<Factor> factors(float[] p, int base, double prob) {
        List<Factor> up = new ArrayList<>();
        List<Factor> down = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            double impact = prob - p[base + 1 + g];
            if (impact > 0) {
                up.add(new Factor(groups.name(g), impact));
            } else if (impact < 0) {
                down.add(new Factor(groups.name(g), impact));
            }
        }
        up.sort((a, b) -> Double.compare(b.impact(), a.impact()));
        down.sort((a, b) -> Double.compare(a.impact(), b.impact()));
        List<Factor> out = new ArrayList<>(2 * TOP);
        out.addAll(up.subList(0, Math.min(TOP, up.size())));
        out.addAll(down.subList(0, Math.min(TOP, down.size())));
        return Collections.unmodifiableList(out);
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
