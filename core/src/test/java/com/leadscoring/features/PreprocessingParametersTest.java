package com.leadscoring.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.leadscoring.scoring.GradeBand;

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
    void normalizesRowsAtAnOffsetAndOnlyCentresConstantFeatures() {
        PreprocessingParameters p = params();
        int f = FeatureEncoder.SIZE;
        float[] buf = new float[3 * f];
        for (int i = 0; i < buf.length; i++) {
            buf[i] = 10;
        }
        p.normalize(buf, f, 2);
        assertEquals(10f, buf[3], "row before the offset untouched");
        assertEquals((10 - 1) / 2f, buf[f + 1], 1e-6);
        assertEquals(10 - 5f, buf[f + 5], 1e-6, "std 0: centred only");
        assertEquals((10 - 23) / 2f, buf[3 * f - 1], 1e-6);
    }

    @Test
    void checksTheFeatureContract() {
        params().checkMatchesEncoder();
        List<String> renamed = new ArrayList<>(FeatureEncoder.featureNames());
        renamed.set(7, "signed_up");
        PreprocessingParameters p = params();
        PreprocessingParameters bad = new PreprocessingParameters(p.encoderVersion(), renamed, p.means(), p.stds(), 0.3,
                GradeBand.DEFAULT);
        IllegalStateException e = assertThrows(IllegalStateException.class, bad::checkMatchesEncoder);
        assertTrue(e.getMessage().contains("signed_up"), e.getMessage());
    }
}
