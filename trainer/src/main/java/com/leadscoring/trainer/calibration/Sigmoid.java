package com.leadscoring.trainer.calibration;

/** The trainer's one logistic function, written so that neither tail overflows. */
public final class Sigmoid {

    private Sigmoid() {}

    public static double of(double z) {
        return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
    }
}
