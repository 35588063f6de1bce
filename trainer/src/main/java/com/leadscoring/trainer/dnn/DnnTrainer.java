package com.leadscoring.trainer.dnn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.leadscoring.trainer.calibration.Sigmoid;
import com.leadscoring.trainer.calibration.ThresholdSelector;

/**
 * Trains the network (Linear → ReLU → BatchNorm → Dropout per {@code hidden} size, → Linear → Sigmoid) with binary
 * cross-entropy and Adam on mini-batches; seeded initialisation, shuffling and dropout. After each epoch the
 * inference-mode network is scored on the tuning slice; training stops when its loss has not improved for
 * {@code patience} epochs and the best epoch's weights are returned.
 */
public final class DnnTrainer {

    private final DnnConfig config;

    public DnnTrainer(DnnConfig config) {
        this.config = config;
    }

    public DnnTrainingResult fit(
            float[] x, boolean[] y, int rows, float[] tuneX, boolean[] tuneY, int tuneRows, EpochListener listener) {
        int f = rows > 0 ? x.length / rows : 0;
        if (x.length != rows * f || y.length < rows || tuneX.length != tuneRows * f || rows < 2 || tuneRows < 1) {
            throw new IllegalArgumentException("expected " + rows + " and " + tuneRows + " rows of " + f + " features");
        }
        Random random = new Random(config.seed());
        TrainableNetwork net = new TrainableNetwork(f, config.hiddenUnits(), config.batchSize(), random);
        AdamOptimizer adam = new AdamOptimizer(config.learningRate(), net.parameters());
        double[][] params = net.parameters();
        double[][] grads = net.gradients();
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        List<EpochStats> history = new ArrayList<>();
        DnnModel best = null;
        int bestEpoch = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        int sinceBest = 0;
        double[] tuneP = new double[tuneRows];
        for (int epoch = 1; epoch <= config.maxEpochs(); epoch++) {
            long start = System.nanoTime();
            shuffle(order, random);
            double lossSum = 0;
            int seen = 0;
            for (int from = 0; from < rows; from += config.batchSize()) {
                int size = Math.min(config.batchSize(), rows - from);
                if (size < 2) {
                    break; // batch statistics need two rows
                }
                lossSum += net.forward(x, order, from, size, y, random, config.dropout(), true) * size;
                seen += size;
                net.backward(config.l2());
                adam.step(params, grads);
            }
            DnnModel model = net.toModel();
            double tuneLoss = 0;
            for (int i = 0; i < tuneRows; i++) {
                double z = model.logit(tuneX, i * f);
                double t = tuneY[i] ? 1 : 0;
                tuneLoss += Math.max(z, 0) - z * t + Math.log1p(Math.exp(-Math.abs(z)));
                tuneP[i] = Sigmoid.of(z);
            }
            tuneLoss /= tuneRows;
            double tuneF1 = ThresholdSelector.maxF1(tuneP, tuneY).f1();
            EpochStats stats = new EpochStats(
                    epoch, lossSum / Math.max(1, seen), tuneLoss, tuneF1, (System.nanoTime() - start) / 1_000_000);
            history.add(stats);
            listener.onEpoch(stats);
            if (tuneLoss < bestLoss - 1e-6) {
                bestLoss = tuneLoss;
                best = model;
                bestEpoch = epoch;
                sinceBest = 0;
            } else if (++sinceBest >= config.patience()) {
                break;
            }
        }
        return new DnnTrainingResult(best, history, bestEpoch);
    }

    private static void shuffle(int[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
