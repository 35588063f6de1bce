package com.leadscoring.trainer.pipeline;

import java.util.List;
import java.util.Locale;

import com.leadscoring.trainer.oversample.SmoteMode;

/** How the served network's fitting rows are oversampled: decided by cross-validation ({@code auto}) or fixed. */
public enum SmotePolicy {
    /** Cross-validate the network with and without SMOTE (inside each fold) and keep the better by mean ROC AUC. */
    AUTO(List.of(SmoteMode.NONE, SmoteMode.SMOTE)),
    NONE(List.of(SmoteMode.NONE)),
    SMOTE(List.of(SmoteMode.SMOTE));

    private final List<SmoteMode> modes;

    SmotePolicy(List<SmoteMode> modes) {
        this.modes = modes;
    }

    /** The variants cross-validation fits. */
    public List<SmoteMode> modes() {
        return modes;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
