package com.leadscoring.trainer.oversample;

/** Whether the fitting data is oversampled with SMOTE before the models are fitted. */
public enum SmoteMode {
    NONE, SMOTE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
