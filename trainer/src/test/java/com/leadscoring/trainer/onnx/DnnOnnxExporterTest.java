package com.leadscoring.trainer.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.leadscoring.features.FeatureEncoder;
import com.leadscoring.features.Normalization;
import com.leadscoring.model.ModelOutput;
import com.leadscoring.trainer.calibration.PlattCalibration;
import com.leadscoring.trainer.dnn.BatchNormLayer;
import com.leadscoring.trainer.dnn.DenseLayer;
import com.leadscoring.trainer.dnn.DnnEnsembleModel;
import com.leadscoring.trainer.dnn.DnnModel;
import com.leadscoring.trainer.dnn.HiddenBlock;
import org.junit.jupiter.api.Test;

class DnnOnnxExporterTest {

    static final int F = FeatureEncoder.SIZE;

    static DnnModel randomModel(long seed) {
        return randomModel(seed, 16, 8);
    }

    /** A network of random weights with hidden blocks of {@code units}, first first. */
    static DnnModel randomModel(long seed, int... units) {
        Random r = new Random(seed);
        List<HiddenBlock> blocks = new ArrayList<>();
        int width = F;
        for (int u : units) {
            blocks.add(new HiddenBlock(dense(r, width, u), bn(r, u)));
            width = u;
        }
        return new DnnModel(blocks, dense(r, width, 1), new PlattCalibration(0.8, -1.3));
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
        float[] g = new float[n];
        float[] b = new float[n];
        float[] m = new float[n];
        float[] v = new float[n];
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
        ExportMetadata meta = new ExportMetadata(
                "20261124T101500Z-abcdef1",
                FeatureEncoder.featureNames(),
                FeatureEncoder.VERSION,
                0.37,
                "cd".repeat(32));
        OnnxExport export = DnnOnnxExporter.export(model, meta);
        assertEquals("features", export.output().inputName());
        assertEquals("probability", export.output().outputName());
        assertEquals(-1, export.output().probabilityColumn());

        int rows = 400;
        float[] x = randomRows(rows, 7);
        double maxDiff = 0;
        try (OrtSession session =
                        OrtEnvironment.getEnvironment().createSession(export.model(), new OrtSession.SessionOptions());
                OrtSession.Result result = run(session, x, rows)) {
            float[][] p =
                    (float[][]) result.get(DnnOnnxExporter.OUTPUT).orElseThrow().getValue();
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

    @Test
    void theGraphFollowsTheNetworkAtAnyDepth() throws Exception {
        for (int[] units : new int[][] {{12}, {32, 16, 8}, {16, 12, 8, 4}}) {
            DnnModel model = randomModel(units.length, units);
            OnnxExport export = DnnOnnxExporter.export(
                    model,
                    new ExportMetadata(
                            "20261206T101500Z-abcdef1",
                            FeatureEncoder.featureNames(),
                            FeatureEncoder.VERSION,
                            0.5,
                            "ab".repeat(32)));
            int rows = 200;
            float[] x = randomRows(rows, 11);
            double maxDiff = 0;
            try (OrtSession session = OrtEnvironment.getEnvironment()
                            .createSession(export.model(), new OrtSession.SessionOptions());
                    OrtSession.Result result = run(session, x, rows)) {
                float[][] p = (float[][])
                        result.get(DnnOnnxExporter.OUTPUT).orElseThrow().getValue();
                for (int i = 0; i < rows; i++) {
                    maxDiff = Math.max(maxDiff, Math.abs(p[i][0] - model.probability(x, i * F)));
                }
            }
            assertTrue(maxDiff <= 1e-6, units.length + " hidden blocks: max |ORT - Java| = " + maxDiff);
        }
    }

    @Test
    void theEnsembleGraphIsTheCalibratedMeanOfItsMembersLogits() throws Exception {
        List<DnnModel> members = List.of(
                randomModel(1).withCalibration(PlattCalibration.IDENTITY),
                randomModel(2).withCalibration(PlattCalibration.IDENTITY),
                randomModel(3).withCalibration(PlattCalibration.IDENTITY));
        PlattCalibration platt = new PlattCalibration(1.4, -2.1);
        DnnEnsembleModel ensemble = new DnnEnsembleModel(members, platt);
        OnnxExport export = DnnOnnxExporter.export(
                ensemble,
                new ExportMetadata(
                        "20261124T101500Z-abcdef1",
                        FeatureEncoder.featureNames(),
                        FeatureEncoder.VERSION,
                        0.3,
                        "cd".repeat(32)));
        int rows = 300;
        float[] x = randomRows(rows, 9);
        double maxDiff = 0;
        double maxLogitDiff = 0;
        try (OrtSession session =
                        OrtEnvironment.getEnvironment().createSession(export.model(), new OrtSession.SessionOptions());
                OrtSession.Result result = run(session, x, rows)) {
            float[][] p =
                    (float[][]) result.get(DnnOnnxExporter.OUTPUT).orElseThrow().getValue();
            float[][] z = (float[][])
                    result.get(ModelOutput.LOGIT_OUTPUT).orElseThrow().getValue();
            for (int i = 0; i < rows; i++) {
                // Computed here from the members, independently of DnnEnsembleModel.
                double mean = 0;
                for (DnnModel m : members) {
                    mean += m.logit(x, i * F) / members.size();
                }
                double logOdds = 1.4 * mean - 2.1;
                double expected = 1 / (1 + Math.exp(-logOdds));
                maxDiff = Math.max(maxDiff, Math.abs(p[i][0] - expected));
                // The second output is the calibrated log-odds under the Sigmoid: what explanations are measured on.
                maxLogitDiff = Math.max(maxLogitDiff, Math.abs(z[i][0] - logOdds) / Math.max(1, Math.abs(logOdds)));
                assertEquals(expected, ensemble.probability(x, i * F), 1e-12);
            }
        }
        assertTrue(maxDiff <= 1e-5, "max |ORT - mean of members| = " + maxDiff);
        assertTrue(
                maxLogitDiff <= 1e-5,
                "max relative |ORT log-odds - calibrated mean of member logits| = " + maxLogitDiff);
    }

    @Test
    void aRebasedMemberGivesTheSameLogitOnTheServedNormalization() {
        DnnModel member = randomModel(5).withCalibration(PlattCalibration.IDENTITY);
        Random r = new Random(3);
        double[] ownMean = new double[F];
        double[] ownSd = new double[F];
        double[] servedMean = new double[F];
        double[] servedSd = new double[F];
        for (int j = 0; j < F; j++) {
            ownMean[j] = r.nextGaussian() * 3;
            ownSd[j] = j == 4 ? 0 : 0.5 + r.nextDouble() * 4;
            servedMean[j] = ownMean[j] + r.nextGaussian();
            servedSd[j] = j == 7 ? 0 : ownSd[j] * (0.7 + r.nextDouble() * 0.6);
        }
        Normalization own = new Normalization(ownMean, ownSd);
        Normalization served = new Normalization(servedMean, servedSd);
        DnnModel rebased = DnnEnsembleModel.rebase(member, own, served);
        for (int row = 0; row < 50; row++) {
            float[] raw = new float[F];
            for (int j = 0; j < F; j++) {
                raw[j] = (float) (ownMean[j] + r.nextGaussian() * Math.max(1, ownSd[j]));
            }
            float[] a = raw.clone();
            float[] b = raw.clone();
            own.normalize(a, 0, 1);
            served.normalize(b, 0, 1);
            assertEquals(member.logit(a, 0), rebased.logit(b, 0), 1e-4);
        }
    }

    /** Rows of normally distributed, z-normalized-looking features. */
    private static float[] randomRows(int rows, long seed) {
        Random r = new Random(seed);
        float[] x = new float[rows * F];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (r.nextGaussian() * 1.5);
        }
        return x;
    }

    private static OrtSession.Result run(OrtSession session, float[] x, int rows) throws Exception {
        try (OnnxTensor t =
                OnnxTensor.createTensor(OrtEnvironment.getEnvironment(), FloatBuffer.wrap(x), new long[] {rows, F})) {
            return session.run(Map.of("features", t));
        }
    }
}
