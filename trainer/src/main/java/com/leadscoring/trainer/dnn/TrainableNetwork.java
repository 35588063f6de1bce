package com.leadscoring.trainer.dnn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.leadscoring.trainer.calibration.PlattCalibration;
import com.leadscoring.trainer.calibration.Sigmoid;

/**
 * The network while it trains: a list of hidden blocks of any depth ({@link TrainableBlock}) and the output layer,
 * parameters and gradients in double precision, per-batch buffers allocated once, a training-mode forward pass (batch
 * statistics, dropout) and its exact backward pass. {@link #toModel()} freezes it into the inference-mode
 * {@link DnnModel} that is evaluated, exported and served.
 */
final class TrainableNetwork {

    static final double BN_EPSILON = 1e-5;
    static final double BN_MOMENTUM = 0.1;

    final int in;
    final List<TrainableBlock> blocks;
    // The output layer: weights [1][last units], its bias, their gradients and the per-row logit and its gradient.
    final double[] wOut;
    final double[] bOut;
    final double[] gwOut;
    final double[] gbOut;
    private final double[] logits;
    private final double[] dLogits;

    private final int capacity;
    private int batch;
    private float[] x;
    private int[] rows;
    private int from;
    private boolean[] labels;

    /** Blocks of {@code hidden} units each, initialised (He) in order, first block first, the output layer last. */
    TrainableNetwork(int in, int[] hidden, int capacity, Random init) {
        if (hidden.length == 0) {
            throw new IllegalArgumentException("a network needs at least one hidden block");
        }
        this.in = in;
        this.capacity = capacity;
        List<TrainableBlock> list = new ArrayList<>();
        int width = in;
        for (int units : hidden) {
            list.add(new TrainableBlock(width, units, capacity, init));
            width = units;
        }
        this.blocks = List.copyOf(list);
        wOut = he(init, width, width);
        bOut = new double[1];
        gwOut = new double[width];
        gbOut = new double[1];
        logits = new double[capacity];
        dLogits = new double[capacity];
    }

    /** Parameter arrays in a fixed order (each block's W, b, γ, β, then the output's W, b), for the optimiser. */
    double[][] parameters() {
        List<double[]> p = new ArrayList<>();
        for (TrainableBlock block : blocks) {
            p.add(block.w);
            p.add(block.b);
            p.add(block.gamma);
            p.add(block.beta);
        }
        p.add(wOut);
        p.add(bOut);
        return p.toArray(double[][]::new);
    }

    /** The gradients, in the order of {@link #parameters()}. */
    double[][] gradients() {
        List<double[]> g = new ArrayList<>();
        for (TrainableBlock block : blocks) {
            g.add(block.gw);
            g.add(block.gb);
            g.add(block.ggamma);
            g.add(block.gbeta);
        }
        g.add(gwOut);
        g.add(gbOut);
        return g.toArray(double[][]::new);
    }

    /** The weight matrices, first block first and the output's last: the arrays L2 applies to. */
    List<double[]> weights() {
        List<double[]> w = new ArrayList<>();
        blocks.forEach(block -> w.add(block.w));
        w.add(wOut);
        return w;
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
        TrainableBlock previous = null;
        for (TrainableBlock block : blocks) {
            if (previous == null) {
                block.denseFromInput(x, order, from, size);
            } else {
                block.denseFromBlock(previous, size);
            }
            block.reluNormDropout(size, dropout, rate, updateRunning);
            previous = block;
        }
        int width = previous.units;
        double loss = 0;
        for (int r = 0; r < size; r++) {
            double s = bOut[0];
            int ro = r * width;
            for (int j = 0; j < width; j++) {
                s += wOut[j] * previous.out[ro + j];
            }
            logits[r] = s;
            double t = y[order[from + r]] ? 1 : 0;
            loss += Math.max(s, 0) - s * t + Math.log1p(Math.exp(-Math.abs(s)));
        }
        return loss / size;
    }

    /** Backward pass of the last {@link #forward}; fills every gradient array (L2 on weights included). */
    void backward(double l2) {
        int n = batch;
        for (int r = 0; r < n; r++) {
            double t = labels[rows[from + r]] ? 1 : 0;
            dLogits[r] = (Sigmoid.of(logits[r]) - t) / n;
        }
        TrainableBlock last = blocks.get(blocks.size() - 1);
        int width = last.units;
        Arrays.fill(gwOut, 0);
        gbOut[0] = 0;
        for (int r = 0; r < n; r++) {
            gbOut[0] += dLogits[r];
            int ro = r * width;
            for (int j = 0; j < width; j++) {
                gwOut[j] += dLogits[r] * last.out[ro + j];
                last.grad[ro + j] = dLogits[r] * wOut[j]; // d loss / d last block's output
            }
        }
        for (int i = blocks.size() - 1; i >= 0; i--) {
            TrainableBlock block = blocks.get(i);
            block.reluNormDropoutBackward(n);
            block.denseBackward(i == 0 ? null : blocks.get(i - 1), x, rows, from, n);
        }
        if (l2 > 0) {
            for (TrainableBlock block : blocks) {
                addDecay(block.w, block.gw, l2);
            }
            addDecay(wOut, gwOut, l2);
        }
    }

    private static void addDecay(double[] w, double[] g, double l2) {
        for (int i = 0; i < w.length; i++) {
            g[i] += l2 * w[i];
        }
    }

    /** The inference-mode network with the current weights and running statistics. */
    DnnModel toModel() {
        List<HiddenBlock> hidden = new ArrayList<>();
        blocks.forEach(block -> hidden.add(block.toBlock()));
        int width = blocks.get(blocks.size() - 1).units;
        return new DnnModel(hidden, new DenseLayer(width, 1, f(wOut), f(bOut)), PlattCalibration.IDENTITY);
    }

    static float[] f(double[] d) {
        float[] out = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (float) d[i];
        }
        return out;
    }

    static double[] he(Random r, int n, int fanIn) {
        double sd = Math.sqrt(2.0 / fanIn);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = r.nextGaussian() * sd;
        }
        return w;
    }
}
