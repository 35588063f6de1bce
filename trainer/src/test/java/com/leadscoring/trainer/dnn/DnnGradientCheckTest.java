package com.leadscoring.trainer.dnn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Backpropagation against central finite differences for every parameter group, in double precision. */
class DnnGradientCheckTest {

    @Test
    void backpropMatchesFiniteDifferences() {
        int in = 24, rows = 12;
        Random r = new Random(3);
        TrainableNetwork net = new TrainableNetwork(in, 7, 5, rows, r);
        // Non-trivial BN parameters so their gradients are exercised away from the initial values.
        for (double[] p : new double[][] {net.gamma1, net.beta1, net.gamma2, net.beta2, net.b1, net.b2}) {
            for (int i = 0; i < p.length; i++) {
                p[i] += r.nextGaussian() * 0.3;
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
        String[] names = {"w1", "b1", "gamma1", "beta1", "w2", "b2", "gamma2", "beta2", "w3", "b3"};
        double h = 1e-6;
        double worst = 0;
        for (int p = 0; p < params.length; p++) {
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
                    assertTrue(err < 1e-5, names[p] + "[" + i + "]: backprop " + analytic[i] + ", numeric " + numeric);
                }
            }
        }
        assertTrue(worst < 1e-5, "worst relative error " + worst);
    }

    private static double loss(TrainableNetwork net, float[] x, int[] order, boolean[] y, double l2) {
        double penalty = 0;
        for (double[] w : new double[][] {net.w1, net.w2, net.w3}) {
            for (double v : w) {
                penalty += 0.5 * l2 * v * v;
            }
        }
        return net.forward(x, order, 0, order.length, y, null, 0, false) + penalty;
    }
}
