package com.leadscoring.scoring;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.leadscoring.decision.DecisionPolicy;
import com.leadscoring.decision.ScoreDistribution;
import com.leadscoring.features.FeatureGroups;
import com.leadscoring.features.LeadEncoder;
import com.leadscoring.features.Normalization;
import com.leadscoring.lead.Lead;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelOutput;

/**
 * Scores leads with a loaded model: the model's own encoder (the one its contract names) and z-normalization in Java,
 * then one batched ONNX Runtime {@code run} per call. With explanations, each lead is followed in the same batch by one
 * copy per source field with that field's features at their reference value, the training mean (0 after
 * z-normalization); the field's impact is the lead's log-odds minus the copy's. Log-odds, not probability: a lead at
 * probability 1.0 in float32 still has a finite log-odds that every field moves, so its reasons do not vanish. One
 * session is shared by all threads (ORT's run is thread-safe); each thread has its own direct input buffer, reused from
 * call to call.
 */
public final class LeadScorer implements AutoCloseable {

    private static final int TOP = 3;
    /**
     * Per thread, shared by every scorer: runs on one thread are sequential, and the tensor lives only during a run.
     */
    private static final ThreadLocal<FloatBuffer> INPUT = new ThreadLocal<>();

    private final ServedModel model;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final Normalization normalization;
    private final DecisionPolicy policy;
    /** The training leads' out-of-fold distribution, for percentiles; {@code null} for models published without one. */
    private final ScoreDistribution distribution;
    /** Each source field's label, by feature group, as factors carry it. */
    private final String[] labels;

    private final ModelOutput output;
    private final LeadEncoder encoder;
    /** Features per row: the model's encoder's size. */
    private final int rowWidth;

    private final FeatureGroups groups;
    private final int[][] groupIndices;
    private final String version;
    /** Whether the graph outputs its log-odds ({@link ModelOutput#LOGIT_OUTPUT}); else they come from probabilities. */
    private final boolean logitOutput;

    private final Set<String> probabilityOnly;
    private final Set<String> probabilityAndLogit;

    /**
     * Starts loading ONNX Runtime's native library (the largest part of a cold start: extracting and loading it) on a
     * daemon thread, so it overlaps reading the model; the first {@link LeadScorer} then finds it ready or waits for
     * it.
     */
    public static void startRuntimeInBackground() {
        Thread t = new Thread(
                () -> {
                    try {
                        OrtEnvironment.getEnvironment();
                    } catch (RuntimeException | LinkageError e) {
                        // The constructor that needs the runtime reports the failure; nothing to do on this thread.
                    }
                },
                "ort-warmup");
        t.setDaemon(true);
        t.start();
    }

    /** A scorer of its own model of {@code bundle} (closing the scorer closes the model). */
    public LeadScorer(ModelBundle bundle) throws OrtException {
        this(ServedModel.of(bundle));
    }

    /** The scorer of {@code model}; {@link #close()} closes the model's session. */
    public LeadScorer(ServedModel model) {
        this.model = model;
        this.encoder = model.encoder();
        this.rowWidth = encoder.size();
        this.groups = model.groups();
        this.groupIndices =
                IntStream.range(0, groups.size()).mapToObj(groups::indices).toArray(int[][]::new);
        this.normalization = model.normalization();
        this.policy = model.policy();
        this.distribution = model.distribution();
        this.labels = new String[groups.size()];
        for (int g = 0; g < labels.length; g++) {
            labels[g] = model.labels().label(groups.name(g));
        }
        this.output = model.output();
        this.version = model.version();
        this.env = model.environment();
        this.session = model.session();
        this.logitOutput = !output.outputName().equals(ModelOutput.LOGIT_OUTPUT)
                && session.getOutputNames().contains(ModelOutput.LOGIT_OUTPUT);
        this.probabilityOnly = Set.of(output.outputName());
        this.probabilityAndLogit =
                logitOutput ? Set.of(output.outputName(), ModelOutput.LOGIT_OUTPUT) : probabilityOnly;
    }

    /** The model this scorer serves. */
    public ServedModel model() {
        return model;
    }

    public String modelVersion() {
        return version;
    }

    public double threshold() {
        return policy.threshold();
    }

    /** The encoder this model was trained with: callers that encode rows themselves must use it. */
    public LeadEncoder encoder() {
        return encoder;
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
        in.put(normalized, 0, rows * rowWidth).flip();
        return run(in, rows, null);
    }

    public List<LeadScore> score(List<Lead> leads, boolean explain) throws OrtException {
        return score(encode(leads), leads.size(), explain);
    }

    /**
     * Scores {@code n} leads already encoded by {@link #encoder()} (raw, not normalized) in {@code encoded[0 ..
     * n*size)}, as {@link #score(List, boolean)} does; the rows are z-normalized in place, so the caller's buffer is
     * spent. The API's request parser encodes straight into such a buffer, without building leads.
     */
    public List<LeadScore> score(float[] encoded, int n, boolean explain) throws OrtException {
        int f = rowWidth;
        normalization.normalize(encoded, 0, n);
        int per = explain ? 1 + groups.size() : 1;
        float[] p;
        double[] logits = explain ? new double[n * per] : null;
        if (n == 0) {
            p = new float[0];
        } else {
            FloatBuffer in = inputBuffer(n * per);
            if (explain) {
                // Each normalized row, then one copy per source field with that field's features at their reference
                // value, the training mean (0 after z-normalization).
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
            p = run(in.flip(), n * per, logits);
        }
        List<LeadScore> scores = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double prob = p[i * per];
            List<Factor> factors = explain ? factors(logits, i * per) : List.of();
            scores.add(toScore(prob, factors));
        }
        return scores;
    }

    private float[] encode(List<Lead> leads) {
        float[] x = new float[leads.size() * rowWidth];
        for (int i = 0; i < leads.size(); i++) {
            encoder.encode(leads.get(i), x, i * rowWidth);
        }
        return x;
    }

    /**
     * This thread's direct input buffer, cleared, with room for {@code rows} rows. ORT reads a direct buffer in place;
     * a heap array would be copied into a fresh direct buffer on every run.
     */
    private FloatBuffer inputBuffer(int rows) {
        int floats = rows * rowWidth;
        FloatBuffer b = INPUT.get();
        if (b == null || b.capacity() < floats) {
            b = ByteBuffer.allocateDirect(Math.max(floats, 64 * rowWidth) * Float.BYTES)
                    .order(ByteOrder.nativeOrder())
                    .asFloatBuffer();
            INPUT.set(b);
        }
        b.clear();
        return b;
    }

    /**
     * Runs the model on the rows between {@code in}'s position and limit: each row's probability, and, when
     * {@code logits} is given, each row's log-odds into it (from the graph's log-odds output when it has one). Only the
     * outputs needed are computed.
     */
    private float[] run(FloatBuffer in, int rows, double[] logits) throws OrtException {
        float[] p = new float[rows];
        Set<String> wanted = logits == null ? probabilityOnly : probabilityAndLogit;
        try (OnnxTensor t = OnnxTensor.createTensor(env, in, new long[] {rows, rowWidth});
                OrtSession.Result result = session.run(Map.of(output.inputName(), t), wanted)) {
            FloatBuffer out = column(result, output.outputName());
            int width = out.remaining() / rows;
            int column = output.probabilityColumn() < 0 ? 0 : output.probabilityColumn();
            for (int i = 0; i < rows; i++) {
                p[i] = out.get(i * width + column);
            }
            if (logits != null && logitOutput) {
                FloatBuffer z = column(result, ModelOutput.LOGIT_OUTPUT);
                int zWidth = z.remaining() / rows;
                for (int i = 0; i < rows; i++) {
                    logits[i] = z.get(i * zWidth);
                }
            } else if (logits != null) {
                for (int i = 0; i < rows; i++) {
                    logits[i] = LogOdds.of(p[i]);
                }
            }
        }
        return p;
    }

    private static FloatBuffer column(OrtSession.Result result, String name) {
        OnnxValue value = result.get(name).orElseThrow();
        return ((OnnxTensor) value).getFloatBuffer();
    }

    private LeadScore toScore(double probability, List<Factor> factors) {
        int score = DecisionPolicy.score(probability);
        double percentile = distribution == null ? Double.NaN : distribution.percentile(probability);
        return new LeadScore(
                probability,
                score,
                policy.buys(probability),
                policy.gradeOfProbability(probability),
                percentile,
                factors);
    }

    /** The strongest fields up, then down, from the log-odds of a lead at {@code base} and its copies after it. */
    private List<Factor> factors(double[] logits, int base) {
        List<Factor> up = new ArrayList<>();
        List<Factor> down = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            double impact = logits[base] - logits[base + 1 + g];
            if (impact > 0) {
                up.add(new Factor(groups.name(g), labels[g], impact));
            } else if (impact < 0) {
                down.add(new Factor(groups.name(g), labels[g], impact));
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
        model.close();
    }
}
