package com.leadscoring.trainer.dnn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Backpropagation against central finite differences for every parameter group, in double precision, at any depth. */
class DnnGradientCheckTest {

    @Test
    void backpropMatchesFiniteDifferencesWithTwoHiddenBlocks() {
        check(7, 5);
    }

    @Test
    void backpropMatchesFiniteDifferencesWithThreeHiddenBlocks() {
        check(7, 5, 4);
    }

    @Test
    void backpropMatchesFiniteDifferencesWithOneHiddenBlock() {
        check(6);
    }

    private static void check(int... hidden) {
        int in = 24;
        int rows = 12;
        Random r = new Random(3);
        TrainableNetwork net = new TrainableNetwork(in, hidden, rows, r);
        // Non-trivial BN parameters and biases so their gradients are exercised away from the initial values.
        for (TrainableBlock block : net.blocks) {
            for (double[] p : new double[][] {block.gamma, block.beta, block.b}) {
                for (int i = 0; i < p.length; i++) {
                    p[i] += r.nextGaussian() * 0.3;
                }
            }
        }
        float[] x = new float[rows * in];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextGaussian();
        }
        boolean[] y = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = i % 3 == 0;
        }
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        double l2 = 0.01;
        net.forward(x, order, 0, rows, y, null, 0, false);
        net.backward(l2);
        double[][] params = net.parameters();
        double[][] grads = net.gradients();
        String[] kinds = {"w", "b", "gamma", "beta"};
        double h = 1e-6;
        double worst = 0;
        for (int p = 0; p < params.length; p++) {
            String name = p / 4 < hidden.length ? kinds[p % 4] + (p / 4 + 1) : (p % 2 == 0 ? "wOut" : "bOut");
            double[] analytic = grads[p].clone();
            for (int i = 0; i < params[p].length; i += Math.max(1, params[p].length / 15)) {
                double saved = params[p][i];
                params[p][i] = saved + h;
                double plus = loss(net, x, order, y, l2);
                params[p][i] = saved - h;
                double minus = loss(net, x, order, y, l2);
                params[p][i] = saved;
                double numeric = (plus - minus) / (2 * h);
                double err =
                        Math.abs(numeric - analytic[i]) / Math.max(1e-7, Math.abs(numeric) + Math.abs(analytic[i]));
                if (Math.abs(numeric - analytic[i]) > 1e-8) {
                    worst = Math.max(worst, err);
                    assertTrue(err < 1e-5, name + "[" + i + "]: backprop " + analytic[i] + ", numeric " + numeric);
                }
            }
        }
        assertTrue(worst < 1e-5, "worst relative error " + worst);
        assertTrue(params.length == 4 * hidden.length + 2, "every block's parameters and the output's are checked");
    }

    private static double loss(TrainableNetwork net, float[] x, int[] order, boolean[] y, double l2) {
        double penalty = 0;
        for (double[] w : net.weights()) {
            for (double v : w) {
                penalty += 0.5 * l2 * v * v;
            }
        }
        return net.forward(x, order, 0, order.length, y, null, 0, false) + penalty;
    }
}
