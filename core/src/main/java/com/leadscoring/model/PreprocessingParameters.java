package com.leadscoring.model;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.leadscoring.decision.DecisionPolicy;
import com.leadscoring.decision.GradeBand;
import com.leadscoring.features.FeatureContract;
import com.leadscoring.features.Normalization;

/**
 * {@code preprocessing.json}, a model's fitted state around the graph: the {@link FeatureContract} it was trained with,
 * the fitted {@link Normalization} and the {@link DecisionPolicy}. Three types, one file; the file keeps the flat
 * format of every published version ({@code encoderVersion, featureNames, means, stds, threshold, gradeBands}).
 */
@JsonPropertyOrder({"encoderVersion", "featureNames", "means", "stds", "threshold", "gradeBands"})
public record PreprocessingParameters(@JsonIgnore FeatureContract contract, @JsonIgnore Normalization normalization,
                                      @JsonIgnore DecisionPolicy policy) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public PreprocessingParameters {
        if (contract == null || normalization == null || policy == null) {
            throw new IllegalArgumentException("preprocessing needs a feature contract, a normalization and a decision policy");
        }
        if (normalization.size() != contract.size()) {
            throw new IllegalArgumentException("preprocessing parameters have " + contract.size() + " feature names but "
                    + normalization.size() + " means and standard deviations");
        }
    }

    /** The file's flat form. */
    @JsonCreator
    static PreprocessingParameters fromFile(@JsonProperty("encoderVersion") String encoderVersion,
                                            @JsonProperty("featureNames") List<String> featureNames,
                                            @JsonProperty("means") double[] means, @JsonProperty("stds") double[] stds,
                                            @JsonProperty(value = "threshold", required = true) double threshold,
                                            @JsonProperty("gradeBands") List<GradeBand> gradeBands) {
        if (means == null || stds == null) {
            throw new IllegalArgumentException("preprocessing parameters need means and stds");
        }
        return new PreprocessingParameters(new FeatureContract(encoderVersion, featureNames), new Normalization(means, stds),
                new DecisionPolicy(threshold, gradeBands));
    }

    /** The running encoder's contract with the given statistics, threshold and default grade bands. */
    public static PreprocessingParameters forCurrentEncoder(double[] means, double[] stds, double threshold) {
        return new PreprocessingParameters(FeatureContract.current(), new Normalization(means, stds),
                DecisionPolicy.withDefaultBands(threshold));
    }

    /** A copy with another decision threshold. */
    public PreprocessingParameters withThreshold(double newThreshold) {
        return new PreprocessingParameters(contract, normalization, policy.withThreshold(newThreshold));
    }

    @JsonProperty("encoderVersion")
    String fileEncoderVersion() {
        return contract.encoderVersion();
    }

    @JsonProperty("featureNames")
    List<String> fileFeatureNames() {
        return contract.featureNames();
    }

    @JsonProperty("means")
    double[] fileMeans() {
        return normalization.means();
    }

    @JsonProperty("stds")
    double[] fileStds() {
        return normalization.stds();
    }

    @JsonProperty("threshold")
    public double threshold() {
        return policy.threshold();
    }

    @JsonProperty("gradeBands")
    List<GradeBand> fileGradeBands() {
        return policy.gradeBands();
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise preprocessing parameters", e);
        }
    }

    /** Parses {@code preprocessing.json}; a malformed file is an {@link IOException} naming the problem. */
    public static PreprocessingParameters fromJson(byte[] json) throws IOException {
        try {
            return JSON.readValue(json, PreprocessingParameters.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException("preprocessing.json is not valid: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException("preprocessing.json is not valid: " + e.getMessage(), e);
        }
    }
}
