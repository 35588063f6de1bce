package com.leadscoring.trainer.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.features.Normalization;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import org.junit.jupiter.api.Test;

class ZNormalizerTrainerTest {

    @Test
    void normalizedFittingColumnsHaveMeanZeroAndUnitSpread() {
        FeatureMatrix m = FeatureMatrix.encode(new SyntheticLeadGenerator(1).generate(3000), FeatureEncoders.V1);
        Normalization p = ZNormalizerTrainer.fit(m);
        FeatureMatrix n = m.normalized(p);
        for (int j = 0; j < m.width(); j++) {
            double sum = 0;
            double sq = 0;
            for (int r = 0; r < n.rows(); r++) {
                double v = n.values()[r * m.width() + j];
                sum += v;
                sq += v * v;
            }
            double mean = sum / n.rows();
            assertEquals(0, mean, 1e-4, "feature " + j);
            double var = sq / n.rows() - mean * mean;
            if (p.stds()[j] > 0) {
                assertEquals(1, var, 1e-3, "feature " + j);
            }
        }
    }

    @Test
    void usesOnlyTheRowsItIsGiven() {
        List<LabeledLead> fit = new SyntheticLeadGenerator(1).generate(1000);
        List<LabeledLead> withOthers = new ArrayList<>(fit);
        withOthers.addAll(new SyntheticLeadGenerator(2).generate(1000));
        Normalization a = ZNormalizerTrainer.fit(FeatureMatrix.encode(fit, FeatureEncoders.V1));
        Normalization again = ZNormalizerTrainer.fit(FeatureMatrix.encode(fit, FeatureEncoders.V1));
        Normalization b = ZNormalizerTrainer.fit(FeatureMatrix.encode(withOthers, FeatureEncoders.V1));
        assertArrayEquals(a.means(), again.means());
        // Validation rows would change the statistics: the pipeline must (and does) fit on the fitting rows alone.
        assertEquals(false, Arrays.equals(a.means(), b.means()));
    }
}
