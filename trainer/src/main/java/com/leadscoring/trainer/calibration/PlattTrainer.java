package com.leadscoring.trainer.calibration;

/**
 * Platt scaling: fits {@code p = σ(a·z + b)} to labels by maximum likelihood with Platt's smoothed targets
 * ({@code (N₊+1)/(N₊+2)}, {@code 1/(N₋+2)}), using the Newton method with backtracking of Lin, Lin and Weng (2007),
 * which is numerically safe for large logits. Deterministic: nothing random.
 */
public final class PlattTrainer {

    private static final int MAX_ITERATIONS = 100;
    private static final double MIN_STEP = 1e-10;
    private static final double SIGMA = 1e-12;
    private static final double EPS = 1e-5;

    private PlattTrainer() {}

    public static PlattCalibration fit(double[] logits, boolean[] labels) {
        int n = logits.length;
        int pos = 0;
        for (boolean b : labels) {
            pos += b ? 1 : 0;
        }
        int neg = n - pos;
        if (pos == 0 || neg == 0) {
            throw new IllegalArgumentException("Platt scaling needs both buyers and non-buyers on the tuning slice");
        }
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = labels[i] ? hi : lo;
        }
        // Lin et al. parameterise p = 1 / (1 + exp(A·f + B)); we return slope = −A, intercept = −B.
        double a = 0;
        double b = Math.log((neg + 1.0) / (pos + 1.0));
        double f = objective(logits, t, a, b);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double h11 = SIGMA;
            double h22 = SIGMA;
            double h21 = 0;
            double g1 = 0;
            double g2 = 0;
            for (int i = 0; i < n; i++) {
                double fApB = logits[i] * a + b;
                // Platt's p = σ(−(a·f + b)) and its complement, from the one overflow-safe logistic function.
                double p = Sigmoid.of(-fApB);
                double q = Sigmoid.of(fApB);
                double d2 = p * q;
                h11 += logits[i] * logits[i] * d2;
                h22 += d2;
                h21 += logits[i] * d2;
                double d1 = t[i] - p;
                g1 += logits[i] * d1;
                g2 += d1;
            }
            if (Math.abs(g1) < EPS && Math.abs(g2) < EPS) {
                break;
            }
            double det = h11 * h22 - h21 * h21;
            double dA = -(h22 * g1 - h21 * g2) / det;
            double dB = -(-h21 * g1 + h11 * g2) / det;
            double gd = g1 * dA + g2 * dB;
            double step = 1;
            while (step >= MIN_STEP) {
                double na = a + step * dA;
                double nb = b + step * dB;
                double nf = objective(logits, t, na, nb);
                if (nf < f + 0.0001 * step * gd) {
                    a = na;
                    b = nb;
                    f = nf;
                    break;
                }
                step /= 2;
            }
            if (step < MIN_STEP) {
                break;
            }
        }
        return new PlattCalibration(-a, -b);
    }

    private static double objective(double[] z, double[] t, double a, double b) {
        double f = 0;
        for (int i = 0; i < z.length; i++) {
            double fApB = z[i] * a + b;
            f += fApB >= 0 ? t[i] * fApB + Math.log1p(Math.exp(-fApB)) : (t[i] - 1) * fApB + Math.log1p(Math.exp(fApB));
        }
        return f;
    }
}
