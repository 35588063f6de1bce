package com.leadscoring.trainer.oversample;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.leadscoring.trainer.normalize.FeatureMatrix;
import com.oracle.labs.mlrg.olcut.util.Pair;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.SGDVector;
import org.tribuo.math.neighbour.NeighboursQuery;
import org.tribuo.math.neighbour.kdtree.KDTreeFactory;

/**
 * Adds synthetic buyers until buyers = ratio × non-buyers: each one lies on the segment between a real buyer and one of
 * its k nearest buyer neighbours (Euclidean, on normalized features). Original rows come first, unchanged.
 */
public final class Smote {

    private final SmoteConfig config;

    public Smote(SmoteConfig config) {
        this.config = config;
    }

    public FeatureMatrix apply(FeatureMatrix m) {
        int w = m.width();
        int positives = m.positives();
        int target = (int) Math.round(config.ratio() * (m.rows() - positives));
        int toAdd = target - positives;
        if (toAdd <= 0 || positives < 2) {
            return m;
        }
        int[] minority = new int[positives];
        SGDVector[] points = new SGDVector[positives];
        for (int r = 0, p = 0; r < m.rows(); r++) {
            if (m.labels()[r]) {
                minority[p] = r;
                double[] v = new double[w];
                for (int j = 0; j < w; j++) {
                    v[j] = m.values()[r * w + j];
                }
                points[p++] = DenseVector.createDenseVector(v);
            }
        }
        int k = Math.min(config.k(), positives - 1);
        NeighboursQuery query = new KDTreeFactory(new L2Distance(), 1).createNeighboursQuery(points);
        // k + 1: each point's nearest neighbour is itself.
        List<List<Pair<Integer, Double>>> neighbours = query.queryAll(k + 1);
        Random random = new Random(config.seed());
        float[] synthetic = new float[toAdd * w];
        for (int s = 0; s < toAdd; s++) {
            int p = random.nextInt(positives);
            List<Pair<Integer, Double>> candidates = neighbours.get(p);
            int q;
            do {
                q = candidates.get(random.nextInt(candidates.size())).getA();
            } while (q == p && candidates.size() > 1);
            float u = random.nextFloat();
            int a = minority[p] * w;
            int b = minority[q] * w;
            for (int j = 0; j < w; j++) {
                float x = m.values()[a + j];
                synthetic[s * w + j] = x + u * (m.values()[b + j] - x);
            }
        }
        boolean[] labels = new boolean[toAdd];
        Arrays.fill(labels, true);
        return m.concat(new FeatureMatrix(synthetic, labels, toAdd, m.encoder()));
    }
}
