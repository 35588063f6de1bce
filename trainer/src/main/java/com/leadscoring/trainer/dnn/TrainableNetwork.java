package com.leadscoring.trainer.dnn;

import java.util.Arrays;
import java.util.Random;

import com.leadscoring.trainer.calibration.PlattCalibration;
import com.leadscoring.trainer.calibration.Sigmoid;

/**
 * The network while it trains: parameters and gradients in double precision, per-batch buffers allocated once, a
 * training-mode forward pass (batch statistics, dropout) and its exact backward pass. {@link #toModel()} freezes it
 * into the inference-mode {@link DnnModel} that is evaluated, exported and served.
 */
final class TrainableNetwork {

    static final double BN_EPSILON = 1e-5;
    static final double BN_MOMENTUM = 0.1;

    final int in;
    final int h1;
    final int h2;
    // Parameters. Dense weights row-major [out][in], as DenseLayer.
    final double[] w1, b1, gamma1, beta1, w2, b2, gamma2, beta2, w3, b3;
    final double[] runMean1, runVar1, runMean2, runVar2;
    // Gradients, same shapes.
    final double[] gw1, gb1, ggamma1, gbeta1, gw2, gb2, ggamma2, gbeta2, gw3, gb3;

    // Per-batch buffers (rows × units).
    private final int capacity;
    private final double[] z1, xhat1, d1, mask1, inv1;
    private final double[] z2, xhat2, d2, mask2, inv2;
    private final double[] z3, dz3;
    private final double[] g1buf, g2buf;
    private int batch;
    private float[] x;
    private int[] rows;
    private int from;
    private boolean[] labels;

    TrainableNetwork(int in, int h1, int h2, int capacity, Random init) {
        this.in = in;
        this.h1 = h1;
        this.h2 = h2;
        this.capacity = capacity;
        w1 = he(init, h1 * in, in);
        b1 = new double[h1];
        gamma1 = ones(h1);
        beta1 = new double[h1];
        w2 = he(init, h2 * h1, h1);
        b2 = new double[h2];
        gamma2 = ones(h2);
        beta2 = new double[h2];
        w3 = he(init, h2, h2);
        b3 = new double[1];
        runMean1 = new double[h1];
        runVar1 = ones(h1);
        runMean2 = new double[h2];
        runVar2 = ones(h2);
        gw1 = new double[w1.length];
        gb1 = new double[h1];
        ggamma1 = new double[h1];
        gbeta1 = new double[h1];
        gw2 = new double[w2.length];
        gb2 = new double[h2];
        ggamma2 = new double[h2];
        gbeta2 = new double[h2];
        gw3 = new double[h2];
        gb3 = new double[1];
        z1 = new double[capacity * h1];
        xhat1 = new double[capacity * h1];
        d1 = new double[capacity * h1];
        mask1 = new double[capacity * h1];
        inv1 = new double[h1];
        z2 = new double[capacity * h2];
        xhat2 = new double[capacity * h2];
        d2 = new double[capacity * h2];
        mask2 = new double[capacity * h2];
        inv2 = new double[h2];
        z3 = new double[capacity];
        dz3 = new double[capacity];
        g1buf = new double[capacity * h1];
        g2buf = new double[capacity * h2];
    }

    /** Parameter arrays in a fixed order, and their gradients in the same order (for the optimiser and tests). */
    double[][] parameters() {
        return new double[][] {w1, b1, gamma1, beta1, w2, b2, gamma2, beta2, w3, b3};
    }

    double[][] gradients() {
        return new double[][] {gw1, gb1, ggamma1, gbeta1, gw2, gb2, ggamma2, gbeta2, gw3, gb3};
    }

    /** Indices of weight matrices in {@link #parameters()}: the ones L2 applies to. */
    static boolean isWeight(int parameterIndex) {
        return parameterIndex == 0 || parameterIndex == 4 || parameterIndex == 8;
    }

    /**
     * Training-mode forward pass over rows {@code order[from .. from+size)} of {@code x}; returns the mean binary
     * cross-entropy. {@code dropout} null means no dropout (gradient checks); {@code updateRunning} moves the BatchNorm
     * running statistics.
     */
    double forward(
            float[] x,
            int[] order,
            int from,
            int size,
            boolean[] y,
            Random dropout,
            double rate,
            boolean updateRunning) {
        if (size > capacity || size < 2) {
            throw new IllegalArgumentException("batch of " + size + " rows (2.." + capacity + ")");
        }
        this.batch = size;
        this.x = x;
        this.rows = order;
        this.from = from;
        this.labels = y;
        for (int r = 0; r < size; r++) {
            int xo = order[from + r] * in;
            for (int o = 0; o < h1; o++) {
                double s = b1[o];
                int wo = o * in;
                for (int j = 0; j < in; j++) {
                    s += w1[wo + j] * x[xo + j];
                }
                z1[r * h1 + o] = s;
            }
        }
        batchNormReluDropout(
                z1, xhat1, d1, mask1, inv1, gamma1, beta1, runMean1, runVar1, h1, dropout, rate, updateRunning);
        for (int r = 0; r < size; r++) {
            int ro = r * h1;
            for (int o = 0; o < h2; o++) {
                double s = b2[o];
                int wo = o * h1;
                for (int j = 0; j < h1; j++) {
                    s += w2[wo + j] * d1[ro + j];
                }
                z2[r * h2 + o] = s;
            }
        }
        batchNormReluDropout(
                z2, xhat2, d2, mask2, inv2, gamma2, beta2, runMean2, runVar2, h2, dropout, rate, updateRunning);
        double loss = 0;
        for (int r = 0; r < size; r++) {
            double s = b3[0];
            int ro = r * h2;
            for (int j = 0; j < h2; j++) {
                s += w3[j] * d2[ro + j];
            }
            z3[r] = s;
            double t = y[order[from + r]] ? 1 : 0;
            loss += Math.max(s, 0) - s * t + Math.log1p(Math.exp(-Math.abs(s)));
        }
        return loss / size;
    }

    /** ReLU on z, then batch normalization with batch statistics, then inverted dropout; keeps what backward needs. */
    private void batchNormReluDropout(
            double[] z,
            double[] xhat,
            double[] out,
            double[] mask,
            double[] inv,
            double[] gamma,
            double[] beta,
            double[] runMean,
            double[] runVar,
            int units,
            Random dropout,
            double rate,
            boolean updateRunning) {
        int n = batch;
        double keep = 1 - rate;
        for (int u = 0; u < units; u++) {
            double mean = 0;
            for (int r = 0; r < n; r++) {
                mean += Math.max(0, z[r * units + u]);
            }
            mean /= n;
            double var = 0;
            for (int r = 0; r < n; r++) {
                double d = Math.max(0, z[r * units + u]) - mean;
                var += d * d;
            }
            var /= n;
            double is = 1 / Math.sqrt(var + BN_EPSILON);
            inv[u] = is;
            for (int r = 0; r < n; r++) {
                int k = r * units + u;
                xhat[k] = (Math.max(0, z[k]) - mean) * is;
            }
            if (updateRunning) {
                runMean[u] = (1 - BN_MOMENTUM) * runMean[u] + BN_MOMENTUM * mean;
                runVar[u] = (1 - BN_MOMENTUM) * runVar[u] + BN_MOMENTUM * var;
            }
        }
        for (int k = 0; k < n * units; k++) {
            int u = k % units;
            double m = dropout == null ? 1 : (dropout.nextDouble() < rate ? 0 : 1 / keep);
            mask[k] = m;
            out[k] = (gamma[u] * xhat[k] + beta[u]) * m;
        }
    }

    /** Backward pass of the last {@link #forward}; fills every gradient array (L2 on weights included). */
    void backward(double l2) {
        int n = batch;
        for (int r = 0; r < n; r++) {
            double t = labels[rows[from + r]] ? 1 : 0;
            dz3[r] = (Sigmoid.of(z3[r]) - t) / n;
        }
        Arrays.fill(gw3, 0);
        gb3[0] = 0;
        for (int r = 0; r < n; r++) {
            gb3[0] += dz3[r];
            int ro = r * h2;
            for (int j = 0; j < h2; j++) {
                gw3[j] += dz3[r] * d2[ro + j];
                g2buf[ro + j] = dz3[r] * w3[j]; // d loss / d d2
            }
        }
        // g2buf: gradient w.r.t. z2 after this call
        batchNormReluDropoutBackward(g2buf, z2, xhat2, mask2, inv2, gamma2, ggamma2, gbeta2, h2);
        Arrays.fill(gw2, 0);
        Arrays.fill(gb2, 0);
        Arrays.fill(g1buf, 0, n * h1, 0);
        for (int r = 0; r < n; r++) {
            int ro2 = r * h2;
            int ro1 = r * h1;
            for (int o = 0; o < h2; o++) {
                double g = g2buf[ro2 + o];
                if (g == 0) {
                    continue;
                }
                gb2[o] += g;
                int wo = o * h1;
                for (int j = 0; j < h1; j++) {
                    gw2[wo + j] += g * d1[ro1 + j];
                    g1buf[ro1 + j] += g * w2[wo + j];
                }
            }
        }
        batchNormReluDropoutBackward(g1buf, z1, xhat1, mask1, inv1, gamma1, ggamma1, gbeta1, h1);
        Arrays.fill(gw1, 0);
        Arrays.fill(gb1, 0);
        for (int r = 0; r < n; r++) {
            int xo = rows[from + r] * in;
            int ro = r * h1;
            for (int o = 0; o < h1; o++) {
                double g = g1buf[ro + o];
                if (g == 0) {
                    continue;
                }
                gb1[o] += g;
                int wo = o * in;
                for (int j = 0; j < in; j++) {
                    gw1[wo + j] += g * x[xo + j];
                }
            }
        }
        if (l2 > 0) {
            for (int i = 0; i < w1.length; i++) gw1[i] += l2 * w1[i];
            for (int i = 0; i < w2.length; i++) gw2[i] += l2 * w2[i];
            for (int i = 0; i < w3.length; i++) gw3[i] += l2 * w3[i];
        }
    }

    /** In: gradient w.r.t. the dropout output. Out (in place): gradient w.r.t. the pre-ReLU z. */
    private void batchNormReluDropoutBackward(
            double[] g,
            double[] z,
            double[] xhat,
            double[] mask,
            double[] inv,
            double[] gamma,
            double[] ggamma,
            double[] gbeta,
            int units) {
        int n = batch;
        for (int u = 0; u < units; u++) {
            double sumDy = 0;
            double sumDyXhat = 0;
            for (int r = 0; r < n; r++) {
                int k = r * units + u;
                double dy = g[k] * mask[k];
                g[k] = dy;
                sumDy += dy;
                sumDyXhat += dy * xhat[k];
            }
            ggamma[u] = sumDyXhat;
            gbeta[u] = sumDy;
            double gm = gamma[u];
            double scale = gm * inv[u] / n;
            for (int r = 0; r < n; r++) {
                int k = r * units + u;
                double da = scale * (n * g[k] - sumDy - xhat[k] * sumDyXhat);
                g[k] = z[k] > 0 ? da : 0;
            }
        }
    }

    /** The inference-mode network with the current weights and running statistics. */
    DnnModel toModel() {
        return new DnnModel(
                new DenseLayer(in, h1, f(w1), f(b1)),
                new BatchNormLayer(f(gamma1), f(beta1), f(runMean1), f(runVar1), (float) BN_EPSILON),
                new DenseLayer(h1, h2, f(w2), f(b2)),
                new BatchNormLayer(f(gamma2), f(beta2), f(runMean2), f(runVar2), (float) BN_EPSILON),
                new DenseLayer(h2, 1, f(w3), f(b3)),
                PlattCalibration.IDENTITY);
    }

    private static float[] f(double[] d) {
        float[] out = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (float) d[i];
        }
        return out;
    }

    private static double[] he(Random r, int n, int fanIn) {
        double sd = Math.sqrt(2.0 / fanIn);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = r.nextGaussian() * sd;
        }
        return w;
    }

    private static double[] ones(int n) {
        double[] v = new double[n];
        Arrays.fill(v, 1);
        return v;
    }
}
