package com.leadscoring.scoring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import com.leadscoring.decision.DecisionPolicy;
import com.leadscoring.decision.ScoreDistribution;
import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.features.FeatureGroups;
import com.leadscoring.features.LeadEncoder;
import com.leadscoring.features.Normalization;
import com.leadscoring.lead.FieldLabels;
import com.leadscoring.model.FieldLabelsJson;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelOutput;
import com.leadscoring.model.PreprocessingParameters;
import com.leadscoring.model.ScoreDistributionJson;

/**
 * A model ready to serve, built once per load from its verified files: the resolved encoder, the fitted normalization,
 * the decision policy, the score distribution, the field labels and feature groups, and the ONNX Runtime session,
 * checked against the encoder's width and the provenance the exporter wrote into the graph. Everything that scores or
 * describes the model reads it from here, so no file is parsed twice.
 */
public final class ServedModel implements AutoCloseable {

    private final String version;
    private final LeadEncoder encoder;
    private final FeatureGroups groups;
    private final Normalization normalization;
    private final DecisionPolicy policy;
    /** The training leads' out-of-fold distribution, for percentiles; {@code null} for models published without one. */
    private final ScoreDistribution distribution;

    private final FieldLabels labels;
    private final ModelOutput output;
    private final OrtEnvironment env;
    private final OrtSession session;

    private ServedModel(
            String version,
            PreprocessingParameters preprocessing,
            ScoreDistribution distribution,
            FieldLabels labels,
            ModelOutput output,
            byte[] onnx,
            int intraOpThreads)
            throws OrtException {
        this.version = version;
        this.encoder = FeatureEncoders.forContract(preprocessing.contract());
        this.groups = FeatureGroups.bySourceField(encoder);
        this.normalization = preprocessing.normalization();
        this.policy = preprocessing.policy();
        this.distribution = distribution;
        this.labels = labels;
        this.output = output;
        this.env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setIntraOpNumThreads(intraOpThreads);
            this.session = env.createSession(onnx, options);
        }
        List<String> problems;
        try {
            problems = problems();
        } catch (OrtException | RuntimeException e) {
            session.close();
            throw e;
        }
        if (!problems.isEmpty()) {
            session.close();
            throw new IllegalStateException("model " + version + ": " + String.join("; ", problems));
        }
    }

    /**
     * The model of a verified bundle, with one intra-op thread per run (right on Lambda, where concurrency comes from
     * instances); {@link IllegalStateException} naming the model when a checksummed file does not parse or the graph
     * does not fit its files.
     */
    public static ServedModel of(ModelBundle bundle) throws OrtException {
        return of(bundle, 1);
    }

    /** @param intraOpThreads ORT threads per run */
    public static ServedModel of(ModelBundle bundle, int intraOpThreads) throws OrtException {
        String version = bundle.manifest().modelVersion();
        ScoreDistribution distribution;
        FieldLabels labels;
        try {
            distribution = ScoreDistributionJson.of(bundle);
            labels = FieldLabelsJson.of(bundle);
        } catch (IOException e) {
            // Checksummed, so a bad file is a publishing bug: refuse the model rather than answer made-up percentiles.
            throw new IllegalStateException("model " + version + ": " + e.getMessage(), e);
        }
        return new ServedModel(
                version,
                bundle.preprocessing(),
                distribution,
                labels,
                bundle.manifest().output(),
                bundle.onnxModel(),
                intraOpThreads);
    }

    /**
     * A model just exported and not yet published (the trainer's drift reference): its graph and preprocessing, served
     * exactly as the function will serve them once published, without a distribution or labels.
     */
    public static ServedModel unpublished(
            String version, byte[] onnx, ModelOutput output, PreprocessingParameters preprocessing)
            throws OrtException {
        return new ServedModel(version, preprocessing, null, FieldLabels.NONE, output, onnx, 1);
    }

    /** What keeps this graph from serving with these files: inputs, outputs, width and the exporter's provenance. */
    private List<String> problems() throws OrtException {
        List<String> problems = new ArrayList<>();
        if (!session.getInputNames().contains(output.inputName())
                || !session.getOutputNames().contains(output.outputName())) {
            problems.add("has inputs " + session.getInputNames() + " and outputs " + session.getOutputNames()
                    + ", its manifest names " + output.inputName() + " / " + output.outputName());
            return problems;
        }
        NodeInfo input = session.getInputInfo().get(output.inputName());
        if (input.getInfo() instanceof TensorInfo t) {
            long[] shape = t.getShape();
            long width = shape.length == 2 ? shape[1] : -1;
            // -1: a free dimension, which the graph does not fix.
            if (shape.length != 2 || (width >= 0 && width != encoder.size())) {
                problems.add("its input " + output.inputName() + " has shape " + Arrays.toString(shape)
                        + " but its encoder " + encoder.version() + " makes rows of " + encoder.size());
            }
        }
        // Written by the trainer's exporter (absent from graphs made elsewhere): the graph must say what its files say.
        Map<String, String> meta = session.getMetadata().getCustomMetadata();
        String encoderVersion = meta.get("encoder_version");
        if (encoderVersion != null && !encoderVersion.equals(encoder.version())) {
            problems.add("its graph was exported for encoder " + encoderVersion + " but its files name "
                    + encoder.version());
        }
        String names = meta.get("feature_names");
        if (names != null && !names.equals(String.join(",", encoder.featureNames()))) {
            problems.add("its graph's feature names differ from its encoder's (" + encoder.version() + ")");
        }
        return problems;
    }

    public String version() {
        return version;
    }

    /** The encoder this model was trained with: callers that encode rows themselves must use it. */
    public LeadEncoder encoder() {
        return encoder;
    }

    /** The encoder's features grouped by source field: the unit of explanations. */
    public FeatureGroups groups() {
        return groups;
    }

    public Normalization normalization() {
        return normalization;
    }

    public DecisionPolicy policy() {
        return policy;
    }

    /** The training leads' score distribution, {@code null} for models published without one. */
    public ScoreDistribution distribution() {
        return distribution;
    }

    /** The fields' labels ({@link FieldLabels#NONE} for models published without {@code labels.json}). */
    public FieldLabels labels() {
        return labels;
    }

    public ModelOutput output() {
        return output;
    }

    OrtEnvironment environment() {
        return env;
    }

    OrtSession session() {
        return session;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
