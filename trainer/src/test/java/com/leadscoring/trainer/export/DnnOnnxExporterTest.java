package com.leadscoring.trainer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.leadscoring.features.FeatureEncoder;
import com.leadscoring.trainer.dnn.BatchNormLayer;
import com.leadscoring.trainer.dnn.DenseLayer;
import com.leadscoring.trainer.dnn.DnnModel;
import com.leadscoring.trainer.calibration.PlattCalibration;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

class DnnOnnxExporterTest {

    static final int F = FeatureEncoder.SIZE;

    static DnnModel randomModel(long seed) {
        Random r = new Random(seed);
        return new DnnModel(dense(r, F, 16), bn(r, 16), dense(r, 16, 8), bn(r, 8), dense(r, 8, 1),
                new PlattCalibration(0.8, -1.3));
    }

    private static DenseLayer dense(Random r, int in, int out) {
        float[] w = new float[in * out];
        float[] b = new float[out];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (r.nextGaussian() * Math.sqrt(2.0 / in));
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) (r.nextGaussian() * 0.1);
        }
        return new DenseLayer(in, out, w, b);
    }

    private static BatchNormLayer bn(Random r, int n) {
        float[] g = new float[n], b = new float[n], m = new float[n], v = new float[n];
        for (int i = 0; i < n; i++) {
            g[i] = (float) (0.5 + r.nextDouble());
            b[i] = (float) (r.nextGaussian() * 0.2);
            m[i] = (float) Math.abs(r.nextGaussian());
            v[i] = (float) (0.2 + r.nextDouble() * 2);
        }
        return new BatchNormLayer(g, b, m, v, 1e-5f);
    }

    @Test
    void onnxRuntimeReproducesTheJavaForwardPass() throws Exception {
        DnnModel model = randomModel(42);
        ExportMetadata meta = new ExportMetadata("20261124T101500Z-abcdef1", FeatureEncoder.featureNames(),
                FeatureEncoder.VERSION, 0.37, "cd".repeat(32));
        OnnxExport export = DnnOnnxExporter.export(model, meta);
        assertEquals("features", export.output().inputName());
        assertEquals("probability", export.output().outputName());
        assertEquals(-1, export.output().probabilityColumn());

        int rows = 400;
        Random r = new Random(7);
        float[] x = new float[rows * F];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (r.nextGaussian() * 1.5);
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        double maxDiff = 0;
        try (OrtSession session = env.createSession(export.model(), new OrtSession.SessionOptions());
             OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), new long[] {rows, F});
             OrtSession.Result result = session.run(Map.of("features", t))) {
            float[][] p = (float[][]) result.get(0).getValue();
            assertEquals(rows, p.length);
            assertEquals(1, p[0].length);
            for (int i = 0; i < rows; i++) {
                maxDiff = Math.max(maxDiff, Math.abs(p[i][0] - model.probability(x, i * F)));
            }
            Map<String, String> custom = session.getMetadata().getCustomMetadata();
            assertEquals("20261124T101500Z-abcdef1", custom.get("model_version"));
            assertEquals(FeatureEncoder.VERSION, custom.get("encoder_version"));
            assertEquals(String.join(",", FeatureEncoder.featureNames()), custom.get("feature_names"));
            assertEquals("0.37", custom.get("threshold"));
            assertEquals("cd".repeat(32), custom.get("data_sha256"));
            assertEquals(List.of("features"), List.copyOf(session.getInputNames()));
        }
        assertTrue(maxDiff <= 1e-6, "max |ORT - Java| = " + maxDiff);
    }
}
