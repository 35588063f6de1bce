package com.leadscoring.trainer.oversample;

import java.util.Locale;

/** Whether the fitting data is oversampled with SMOTE before the models are fitted. */
public enum SmoteMode {
    NONE,
    SMOTE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
