package com.leadscoring.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.features.FeatureEncoder;

class PreprocessingParametersTest {

    static PreprocessingParameters params() {
        double[] means = new double[FeatureEncoder.SIZE];
        double[] stds = new double[FeatureEncoder.SIZE];
        for (int i = 0; i < means.length; i++) {
            means[i] = i;
            stds[i] = i % 5 == 0 ? 0 : 2;
        }
        return PreprocessingParameters.forCurrentEncoder(means, stds, 0.3);
    }

    @Test
    void jsonRoundTrip() throws IOException {
        PreprocessingParameters p = params();
        assertEquals(p, PreprocessingParameters.fromJson(p.toJson()));
        assertThrows(IOException.class, () -> PreprocessingParameters.fromJson("{\"means\": [".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keepsTheFlatFileFormatOfPublishedVersions() throws IOException {
        JsonNode file = new ObjectMapper().readTree(params().toJson());
        List<String> names = new java.util.ArrayList<>();
        file.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("encoderVersion", "featureNames", "means", "stds", "threshold", "gradeBands"), names);
        assertEquals(0.3, file.get("threshold").asDouble());
        assertEquals("A", file.get("gradeBands").get(0).get("grade").asText());
    }

    @Test
    void aFileWithoutThresholdOrStatisticsIsRefused() {
        IOException e = assertThrows(IOException.class, () -> PreprocessingParameters.fromJson(
                ("{\"encoderVersion\":\"" + FeatureEncoder.VERSION + "\",\"featureNames\":[],\"means\":[],\"stds\":[]}")
                        .getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("threshold"), e.getMessage());
        assertThrows(IOException.class, () -> PreprocessingParameters.fromJson(
                "{\"encoderVersion\":\"v\",\"featureNames\":[\"a\"],\"threshold\":0.5}".getBytes(StandardCharsets.UTF_8)));
    }
}
