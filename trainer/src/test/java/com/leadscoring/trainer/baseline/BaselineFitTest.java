package com.leadscoring.trainer.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.features.Normalization;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.normalize.FeatureMatrix;
import com.leadscoring.trainer.normalize.ZNormalizerTrainer;
import org.junit.jupiter.api.Test;

class BaselineFitTest {

    private static final FeatureMatrix FIT;
    private static final FeatureMatrix HELD_OUT;

    static {
        FeatureMatrix fitRaw = FeatureMatrix.encode(new SyntheticLeadGenerator(21).generate(6000), FeatureEncoders.V1);
        Normalization p = ZNormalizerTrainer.fit(fitRaw);
        FIT = fitRaw.normalized(p);
        HELD_OUT = FeatureMatrix.encode(new SyntheticLeadGenerator(22).generate(3000), FeatureEncoders.V1)
                .normalized(p);
    }

    @Test
    void randomForestRanksHeldOutBuyersAndIsSeeded() {
        RandomForestConfig c =
                RandomForestConfig.builder().trees(20).maxDepth(8).build();
        double[] p = new RandomForestTrainer(c).fit(FIT, 3).predict(HELD_OUT);
        double auc = BinaryMetrics.evaluate(p, HELD_OUT.labels(), 0.5).rocAuc();
        assertTrue(auc > 0.8, "random forest AUC " + auc);
        assertArrayEquals(p, new RandomForestTrainer(c).fit(FIT, 3).predict(HELD_OUT));
    }

    @Test
    void logisticRegressionRanksHeldOutBuyers() {
        double[] p = new LogisticRegressionTrainer(10).fit(FIT, 3).predict(HELD_OUT);
        double auc = BinaryMetrics.evaluate(p, HELD_OUT.labels(), 0.5).rocAuc();
        assertTrue(auc > 0.8, "logistic regression AUC " + auc);
        for (double v : p) {
            assertTrue(v >= 0 && v <= 1);
        }
    }
}
