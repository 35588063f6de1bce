package com.leadscoring.trainer.onnx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.leadscoring.features.FeatureEncoder;
import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.features.Normalization;
import com.leadscoring.trainer.baseline.LogisticRegressionTrainer;
import com.leadscoring.trainer.baseline.TribuoProbabilityModel;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import com.leadscoring.trainer.normalize.FeatureMatrix;
import com.leadscoring.trainer.normalize.ZNormalizerTrainer;
import org.junit.jupiter.api.Test;

class LogisticRegressionOnnxExporterTest {

    @Test
    void tribuosExportMatchesTribuosPredictions() throws Exception {
        FeatureMatrix raw = FeatureMatrix.encode(new SyntheticLeadGenerator(5).generate(3000), FeatureEncoders.V1);
        Normalization p = ZNormalizerTrainer.fit(raw);
        FeatureMatrix m = raw.normalized(p);
        TribuoProbabilityModel lr = new LogisticRegressionTrainer(5).fit(m, 1);
        OnnxExport export = LogisticRegressionOnnxExporter.export(
                lr.tribuoModel(),
                new ExportMetadata(
                        "20261124T101500Z-abcdef1", FeatureEncoder.featureNames(), FeatureEncoder.VERSION, 0.5, "00"));
        double[] expected = lr.predict(m);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        double maxDiff = 0;
        try (OrtSession s = env.createSession(export.model(), new OrtSession.SessionOptions());
                OnnxTensor t = OnnxTensor.createTensor(
                        env, FloatBuffer.wrap(m.values()), new long[] {m.rows(), FeatureEncoder.SIZE});
                OrtSession.Result r = s.run(Map.of(export.output().inputName(), t))) {
            float[][] out =
                    (float[][]) r.get(export.output().outputName()).get().getValue();
            for (int i = 0; i < m.rows(); i++) {
                maxDiff = Math.max(maxDiff, Math.abs(out[i][export.output().probabilityColumn()] - expected[i]));
            }
            assertTrue("lead-scoring-trainer".equals(s.getMetadata().getProducerName()));
        }
        assertTrue(maxDiff <= 1e-5, "max |ORT - Tribuo| = " + maxDiff);
    }
}
