package com.leadscoring.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.jr.ob.JSON;
import com.leadscoring.decision.GradeBand;
import com.leadscoring.features.FeatureEncoder;
import com.leadscoring.features.FeatureEncoders;
import org.junit.jupiter.api.Test;

class PreprocessingParametersTest {

    static PreprocessingParameters params() {
        double[] means = new double[FeatureEncoder.SIZE];
        double[] stds = new double[FeatureEncoder.SIZE];
        for (int i = 0; i < means.length; i++) {
            means[i] = i;
            stds[i] = i % 5 == 0 ? 0 : 2;
        }
        return PreprocessingParameters.forEncoder(FeatureEncoders.V1.contract(), means, stds, 0.3);
    }

    @Test
    void jsonRoundTrip() throws IOException {
        PreprocessingParameters p = params();
        assertEquals(p, PreprocessingParameters.fromJson(p.toJson()));
        assertThrows(
                IOException.class,
                () -> PreprocessingParameters.fromJson("{\"means\": [".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keepsTheFlatFileFormatOfPublishedVersions() throws IOException {
        Map<String, Object> file = JSON.std.mapFrom(params().toJson());
        assertEquals(
                List.of("encoderVersion", "featureNames", "means", "stds", "threshold", "gradeBands"),
                List.copyOf(file.keySet()));
        assertEquals(0.3, file.get("threshold"));
        assertEquals("A", ((Map<?, ?>) ((List<?>) file.get("gradeBands")).get(0)).get("grade"));
    }

    @Test
    void aFileWithoutThresholdOrStatisticsIsRefused() {
        IOException e = assertThrows(
                IOException.class,
                () -> PreprocessingParameters.fromJson(("{\"encoderVersion\":\"" + FeatureEncoder.VERSION
                                + "\",\"featureNames\":[],\"means\":[],\"stds\":[]}")
                        .getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("threshold"), e.getMessage());
        assertThrows(
                IOException.class,
                () -> PreprocessingParameters.fromJson(
                        "{\"encoderVersion\":\"v\",\"featureNames\":[\"a\"],\"threshold\":0.5}"
                                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anUnknownFieldOrABadGradeBandIsRefusedByName() {
        String json = new String(params().toJson(), StandardCharsets.UTF_8);
        IOException unknown = assertThrows(
                IOException.class,
                () -> PreprocessingParameters.fromJson(
                        json.replaceFirst("\\{", "{\"scale\": 2,").getBytes(StandardCharsets.UTF_8)));
        assertTrue(unknown.getMessage().contains("scale is not a known field"), unknown.getMessage());
        IOException band = assertThrows(
                IOException.class,
                () -> PreprocessingParameters.fromJson(
                        json.replace("\"minScore\" : 75", "\"minScore\" : 175").getBytes(StandardCharsets.UTF_8)));
        assertTrue(band.getMessage().contains("minScore must be in 0..100"), band.getMessage());
        IOException mean = assertThrows(
                IOException.class,
                () -> PreprocessingParameters.fromJson(json.replace("\"means\" : [ 0.0,", "\"means\" : [ \"zero\",")
                        .getBytes(StandardCharsets.UTF_8)));
        assertTrue(mean.getMessage().contains("means[0] must be a number"), mean.getMessage());
    }

    @Test
    void probabilityBandsRoundTripAndAMixOfKindsIsRefused() throws IOException {
        PreprocessingParameters p = params().withGradeBands(List.of(
                GradeBand.fromProbability("A", 0.31),
                GradeBand.fromProbability("B", 0.038),
                GradeBand.fromProbability("C", 0)));
        assertEquals(p, PreprocessingParameters.fromJson(p.toJson()));
        assertEquals("B", p.policy().gradeOfProbability(0.04));
        String json = new String(p.toJson(), StandardCharsets.UTF_8);
        IOException mixed = assertThrows(
                IOException.class,
                () -> PreprocessingParameters.fromJson(json.replace("\"minProbability\" : 0.31", "\"minScore\" : 31")
                        .getBytes(StandardCharsets.UTF_8)));
        assertTrue(mixed.getMessage().contains("all start at a score or all at a probability"), mixed.getMessage());
    }
}
