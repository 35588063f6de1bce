package com.leadscoring.trainer.oversample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import com.leadscoring.trainer.normalize.FeatureMatrix;
import com.leadscoring.trainer.normalize.ZNormalizerTrainer;
import org.junit.jupiter.api.Test;

class SmoteTest {

    private static final int W = FeatureEncoders.V1.size();
    private final FeatureMatrix data = normalized(2000);

    private static FeatureMatrix normalized(int rows) {
        FeatureMatrix m = FeatureMatrix.encode(new SyntheticLeadGenerator(11).generate(rows), FeatureEncoders.V1);
        return m.normalized(ZNormalizerTrainer.fit(m));
    }

    @Test
    void addsBuyersUpToTheRatioAndKeepsOriginalRows() {
        FeatureMatrix out =
                new Smote(SmoteConfig.builder().k(5).ratio(0.5).seed(1).build()).apply(data);
        int negatives = data.rows() - data.positives();
        assertEquals(Math.round(0.5 * negatives), out.positives());
        assertEquals(negatives, out.rows() - out.positives());
        assertArrayEquals(data.values(), Arrays.copyOf(out.values(), data.values().length));
    }

    @Test
    void syntheticPointsLieBetweenABuyerAndOneOfItsNearestBuyers() {
        int k = 3;
        FeatureMatrix out =
                new Smote(SmoteConfig.builder().k(k).ratio(0.2).seed(2).build()).apply(data);
        int[] buyers =
                IntStream.range(0, data.rows()).filter(i -> data.labels()[i]).toArray();
        for (int s = data.rows(); s < Math.min(out.rows(), data.rows() + 40); s++) {
            float[] x = out.row(s);
            boolean found = false;
            for (int a : buyers) {
                int[] nearest = Arrays.stream(buyers)
                        .filter(b -> b != a)
                        .boxed()
                        .sorted(Comparator.comparingDouble(b -> dist(data.row(a), data.row(b))))
                        .limit(k)
                        .mapToInt(Integer::intValue)
                        .toArray();
                for (int b : nearest) {
                    if (onSegment(x, data.row(a), data.row(b))) {
                        found = true;
                        break;
                    }
                }
                if (found) {
                    break;
                }
            }
            assertTrue(found, "synthetic row " + s + " is not on a segment to a nearest buyer");
        }
    }

    @Test
    void isDeterministicPerSeedAndANoOpWhenBalanced() {
        SmoteConfig c = SmoteConfig.builder().seed(9).build();
        assertArrayEquals(
                new Smote(c).apply(data).values(), new Smote(c).apply(data).values());
        FeatureMatrix balanced = new Smote(c).apply(data);
        assertSame(balanced, new Smote(c).apply(balanced));
    }

    private static double dist(float[] a, float[] b) {
        double d = 0;
        for (int j = 0; j < W; j++) {
            d += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return d;
    }

    private static boolean onSegment(float[] x, float[] a, float[] b) {
        double u = Double.NaN;
        for (int j = 0; j < W; j++) {
            double span = b[j] - a[j];
            if (Math.abs(span) > 1e-4) {
                double uj = (x[j] - a[j]) / span;
                if (Double.isNaN(u)) {
                    u = uj;
                } else if (Math.abs(u - uj) > 1e-3) {
                    return false;
                }
            } else if (Math.abs(x[j] - a[j]) > 1e-4) {
                return false;
            }
        }
        return Double.isNaN(u) || (u >= -1e-6 && u <= 1 + 1e-6);
    }
}
