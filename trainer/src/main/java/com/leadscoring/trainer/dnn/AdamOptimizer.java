package com.leadscoring.trainer.dnn;

/** Adam (Kingma and Ba 2015) over a fixed list of parameter arrays, with bias correction. */
final class AdamOptimizer {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double learningRate;
    private final double[][] m;
    private final double[][] v;
    private int t;

    AdamOptimizer(double learningRate, double[][] parameters) {
        this.learningRate = learningRate;
        m = new double[parameters.length][];
        v = new double[parameters.length][];
        for (int i = 0; i < parameters.length; i++) {
            m[i] = new double[parameters[i].length];
            v[i] = new double[parameters[i].length];
        }
    }

    void step(double[][] parameters, double[][] gradients) {
        t++;
        double c1 = 1 - Math.pow(BETA1, t);
        double c2 = 1 - Math.pow(BETA2, t);
        for (int p = 0; p < parameters.length; p++) {
            double[] w = parameters[p];
            double[] g = gradients[p];
            double[] mp = m[p];
            double[] vp = v[p];
            for (int i = 0; i < w.length; i++) {
                mp[i] = BETA1 * mp[i] + (1 - BETA1) * g[i];
                vp[i] = BETA2 * vp[i] + (1 - BETA2) * g[i] * g[i];
                w[i] -= learningRate * (mp[i] / c1) / (Math.sqrt(vp[i] / c2) + EPSILON);
            }
        }
    }
}
