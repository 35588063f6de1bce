package com.leadscoring.trainer.dnn;

import java.util.Arrays;
import java.util.Random;

/**
 * One hidden block while it trains: Linear → ReLU → BatchNorm (batch statistics) → inverted dropout, its parameters and
 * gradients in double precision, and the per-batch buffers its backward pass needs, allocated once.
 */
final class TrainableBlock {

    final int in;
    final int units;
    // Parameters; the dense weights row-major [units][in], as DenseLayer.
    final double[] w;
    final double[] b;
    final double[] gamma;
    final double[] beta;
    final double[] runMean;
    final double[] runVar;
    // Gradients, same shapes.
    final double[] gw;
    final double[] gb;
    final double[] ggamma;
    final double[] gbeta;
    // Per-batch buffers (rows × units): pre-activation, normalized, output, dropout mask, gradient; 1/sd per unit.
    final double[] z;
    final double[] xhat;
    final double[] out;
    final double[] mask;
    final double[] grad;
    final double[] inv;

    TrainableBlock(int in, int units, int capacity, Random init) {
        this.in = in;
        this.units = units;
        w = TrainableNetwork.he(init, units * in, in);
        b = new double[units];
        gamma = ones(units);
        beta = new double[units];
        runMean = new double[units];
        runVar = ones(units);
        gw = new double[w.length];
        gb = new double[units];
        ggamma = new double[units];
        gbeta = new double[units];
        z = new double[capacity * units];
        xhat = new double[capacity * units];
        out = new double[capacity * units];
        mask = new double[capacity * units];
        grad = new double[capacity * units];
        inv = new double[units];
    }

    /** {@code z = W · input + b} for {@code n} rows of the network's input, read through {@code order}. */
    void denseFromInput(float[] x, int[] order, int from, int n) {
        for (int r = 0; r < n; r++) {
            int xo = order[from + r] * in;
            for (int o = 0; o < units; o++) {
                double s = b[o];
                int wo = o * in;
                for (int j = 0; j < in; j++) {
                    s += w[wo + j] * x[xo + j];
                }
                z[r * units + o] = s;
            }
        }
    }

    /** {@code z = W · previous.out + b} for {@code n} rows. */
    void denseFromBlock(TrainableBlock previous, int n) {
        for (int r = 0; r < n; r++) {
            int ro = r * in;
            for (int o = 0; o < units; o++) {
                double s = b[o];
                int wo = o * in;
                for (int j = 0; j < in; j++) {
                    s += w[wo + j] * previous.out[ro + j];
                }
                z[r * units + o] = s;
            }
        }
    }

    /** ReLU on z, then batch normalization with batch statistics, then inverted dropout; keeps what backward needs. */
    void reluNormDropout(int n, Random dropout, double rate, boolean updateRunning) {
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
            double is = 1 / Math.sqrt(var + TrainableNetwork.BN_EPSILON);
            inv[u] = is;
            for (int r = 0; r < n; r++) {
                int k = r * units + u;
                xhat[k] = (Math.max(0, z[k]) - mean) * is;
            }
            if (updateRunning) {
                runMean[u] = (1 - TrainableNetwork.BN_MOMENTUM) * runMean[u] + TrainableNetwork.BN_MOMENTUM * mean;
                runVar[u] = (1 - TrainableNetwork.BN_MOMENTUM) * runVar[u] + TrainableNetwork.BN_MOMENTUM * var;
            }
        }
        for (int k = 0; k < n * units; k++) {
            int u = k % units;
            double m = dropout == null ? 1 : (dropout.nextDouble() < rate ? 0 : 1 / keep);
            mask[k] = m;
            out[k] = (gamma[u] * xhat[k] + beta[u]) * m;
        }
    }

    /** In: {@link #grad} holds the gradient w.r.t. {@link #out}. Out (in place): the gradient w.r.t. the pre-ReLU z. */
    void reluNormDropoutBackward(int n) {
        for (int u = 0; u < units; u++) {
            double sumDy = 0;
            double sumDyXhat = 0;
            for (int r = 0; r < n; r++) {
                int k = r * units + u;
                double dy = grad[k] * mask[k];
                grad[k] = dy;
                sumDy += dy;
                sumDyXhat += dy * xhat[k];
            }
            ggamma[u] = sumDyXhat;
            gbeta[u] = sumDy;
            double scale = gamma[u] * inv[u] / n;
            for (int r = 0; r < n; r++) {
                int k = r * units + u;
                double da = scale * (n * grad[k] - sumDy - xhat[k] * sumDyXhat);
                grad[k] = z[k] > 0 ? da : 0;
            }
        }
    }

    /**
     * From {@link #grad} (w.r.t. z): the weight and bias gradients, and, when {@code previous} is not null, the
     * gradient w.r.t. its output (into its {@link #grad}); the first block reads the network's input instead.
     */
    void denseBackward(TrainableBlock previous, float[] x, int[] order, int from, int n) {
        Arrays.fill(gw, 0);
        Arrays.fill(gb, 0);
        if (previous != null) {
            Arrays.fill(previous.grad, 0, n * in, 0);
        }
        for (int r = 0; r < n; r++) {
            int ro = r * units;
            int ri = previous != null ? r * in : order[from + r] * in;
            for (int o = 0; o < units; o++) {
                double g = grad[ro + o];
                if (g == 0) {
                    continue;
                }
                gb[o] += g;
                int wo = o * in;
                if (previous != null) {
                    for (int j = 0; j < in; j++) {
                        gw[wo + j] += g * previous.out[ri + j];
                        previous.grad[ri + j] += g * w[wo + j];
                    }
                } else {
                    for (int j = 0; j < in; j++) {
                        gw[wo + j] += g * x[ri + j];
                    }
                }
            }
        }
    }

    /** The block in inference mode, in float as served. */
    HiddenBlock toBlock() {
        return new HiddenBlock(
                new DenseLayer(in, units, TrainableNetwork.f(w), TrainableNetwork.f(b)),
                new BatchNormLayer(
                        TrainableNetwork.f(gamma),
                        TrainableNetwork.f(beta),
                        TrainableNetwork.f(runMean),
                        TrainableNetwork.f(runVar),
                        (float) TrainableNetwork.BN_EPSILON));
    }

    private static double[] ones(int n) {
        double[] v = new double[n];
        Arrays.fill(v, 1);
        return v;
    }
}
