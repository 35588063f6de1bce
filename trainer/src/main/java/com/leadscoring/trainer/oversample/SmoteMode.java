package com.leadscoring.trainer.oversample;

/** Whether the fitting data is oversampled with SMOTE before the models are fitted. */
public enum SmoteMode {
    NONE, SMOTE;

    /** The other mode: the pipeline also trains it, for the comparison in the summary. */
    public SmoteMode other() {
        return this == NONE ? SMOTE : NONE;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
