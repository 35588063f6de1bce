package com.leadscoring.trainer.cv;

import com.leadscoring.trainer.oversample.SmoteMode;

/**
 * A model recipe that cross-validation can fit on one fold's data: fit, calibrate, threshold, predict held-out rows.
 */
public interface CvCandidate {

    String name();

    SmoteMode smote();

    FoldOutcome fit(FoldData data, Seeds seeds);
}
