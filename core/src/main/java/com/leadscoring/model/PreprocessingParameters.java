package com.leadscoring.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.leadscoring.decision.DecisionPolicy;
import com.leadscoring.decision.GradeBand;
import com.leadscoring.features.FeatureContract;
import com.leadscoring.features.Normalization;

/**
 * {@code preprocessing.json}, a model's fitted state around the graph: the {@link FeatureContract} it was trained with,
 * the fitted {@link Normalization} and the {@link DecisionPolicy}. Three types, one file; the file keeps the flat
 * format of every published version ({@code encoderVersion, featureNames, means, stds, threshold, gradeBands}).
 */
public record PreprocessingParameters(FeatureContract contract, Normalization normalization, DecisionPolicy policy) {

    private static final Set<String> FIELDS =
            Set.of("encoderVersion", "featureNames", "means", "stds", "threshold", "gradeBands");
    private static final Set<String> BAND_FIELDS = Set.of("grade", "minScore", "minProbability");

    public PreprocessingParameters {
        if (contract == null || normalization == null || policy == null) {
            throw new IllegalArgumentException(
                    "preprocessing needs a feature contract, a normalization and a decision policy");
        }
        if (normalization.size() != contract.size()) {
            throw new IllegalArgumentException("preprocessing parameters have " + contract.size()
                    + " feature names but " + normalization.size() + " means and standard deviations");
        }
    }

    /** The file's flat form. */
    private static PreprocessingParameters fromFile(
            String encoderVersion,
            List<String> featureNames,
            double[] means,
            double[] stds,
            double threshold,
            List<GradeBand> gradeBands) {
        if (means == null || stds == null) {
            throw new IllegalArgumentException("preprocessing parameters need means and stds");
        }
        return new PreprocessingParameters(
                new FeatureContract(encoderVersion, featureNames),
                new Normalization(means, stds),
                new DecisionPolicy(threshold, gradeBands));
    }

    /** {@code contract} with the given statistics, threshold and default grade bands. */
    public static PreprocessingParameters forEncoder(
            FeatureContract contract, double[] means, double[] stds, double threshold) {
        return new PreprocessingParameters(
                contract, new Normalization(means, stds), DecisionPolicy.withDefaultBands(threshold));
    }

    /** A copy with another decision threshold. */
    public PreprocessingParameters withThreshold(double newThreshold) {
        return new PreprocessingParameters(contract, normalization, policy.withThreshold(newThreshold));
    }

    /** A copy with other grade bands. */
    public PreprocessingParameters withGradeBands(List<GradeBand> bands) {
        return new PreprocessingParameters(contract, normalization, policy.withGradeBands(bands));
    }

    public double threshold() {
        return policy.threshold();
    }

    public byte[] toJson() {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("encoderVersion", contract.encoderVersion());
        file.put("featureNames", contract.featureNames());
        file.put("means", normalization.means());
        file.put("stds", normalization.stds());
        file.put("threshold", policy.threshold());
        file.put(
                "gradeBands",
                policy.gradeBands().stream().map(GradeBand::asJsonFields).toList());
        return JsonFields.write(file);
    }

    /** Parses {@code preprocessing.json}; a malformed file is an {@link IOException} naming the problem. */
    public static PreprocessingParameters fromJson(byte[] json) throws IOException {
        JsonFields f = JsonFields.parse(Manifest.PREPROCESSING_FILE, json, FIELDS);
        List<JsonFields> listed = f.objects("gradeBands", BAND_FIELDS);
        try {
            List<GradeBand> bands = null;
            if (listed != null) {
                bands = new ArrayList<>();
                for (JsonFields b : listed) {
                    if (b.has("minProbability") && b.has("minScore")) {
                        throw b.invalid("minScore", "and minProbability both given: a band starts at one of them");
                    }
                    bands.add(
                            b.has("minProbability")
                                    ? GradeBand.fromProbability(
                                            b.string("grade"),
                                            b.number("minProbability").doubleValue())
                                    : new GradeBand(b.string("grade"), b.integer("minScore")));
                }
            }
            return fromFile(
                    f.string("encoderVersion"),
                    f.strings("featureNames"),
                    f.doubles("means"),
                    f.doubles("stds"),
                    f.number("threshold").doubleValue(),
                    bands);
        } catch (IllegalArgumentException e) {
            throw new IOException("preprocessing.json is not valid: " + e.getMessage(), e);
        }
    }
}
