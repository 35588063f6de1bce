package com.leadscoring.scoring;

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
 * impact. One session is shared by all threads (ORT's run is thread-safe); every call has its own buffers.
 */
public final class LeadScorer implements AutoCloseable {

    private static final int TOP = 3;

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
        float[] x = new float[n * FeatureEncoder.SIZE];
        for (int i = 0; i < n; i++) {
            FeatureEncoder.encode(leads.get(i), x, i * FeatureEncoder.SIZE);
        }
        normalization.normalize(x, 0, n);
        return run(x, n);
    }

    /** Probabilities for already encoded and normalized rows (benchmarks, and the batch path below). */
    public float[] run(float[] normalized, int rows) throws OrtException {
        float[] p = new float[rows];
        if (rows == 0) {
            return p;
        }
        try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(normalized, 0, rows * FeatureEncoder.SIZE),
                new long[] {rows, FeatureEncoder.SIZE});
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

    public List<LeadScore> score(List<Lead> leads, boolean explain) throws OrtException {
        int n = leads.size();
        int f = FeatureEncoder.SIZE;
        int per = explain ? 1 + groups.size() : 1;
        float[] x = new float[n * per * f];
        for (int i = 0; i < n; i++) {
            FeatureEncoder.encode(leads.get(i), x, i * per * f);
        }
        if (explain) {
            // Normalize the base rows, then derive each field-at-mean copy from them.
            for (int i = 0; i < n; i++) {
                int base = i * per * f;
                normalization.normalize(x, base, 1);
                for (int g = 0; g < groups.size(); g++) {
                    int row = base + (g + 1) * f;
                    System.arraycopy(x, base, x, row, f);
                    for (int k : groupIndices[g]) {
                        x[row + k] = 0f;
                    }
                }
            }
        } else {
            normalization.normalize(x, 0, n);
        }
        float[] p = run(x, n * per);
        List<LeadScore> scores = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double prob = p[i * per];
            List<Factor> factors = explain ? factors(p, i * per, prob) : List.of();
            scores.add(toScore(prob, factors));
        }
        return scores;
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
