package com.leadscoring.trainer.cv;

/**
 * Every model cross-validation can compare, by the one name reports, metrics.json and the manifest's
 * {@code servedVariant} use for it; the CLI spelling ({@code --algorithm logistic-regression}) is derived from it.
 */
public enum CandidateName {
    DNN("dnn"),
    DNN_SMOTE("dnn_smote"),
    XGBOOST("xgboost"),
    RANDOM_FOREST("random_forest"),
    LOGISTIC_REGRESSION("logistic_regression");

    private final String id;

    CandidateName(String id) {
        this.id = id;
    }

    /** The name in reports and metrics, e.g. {@code logistic_regression}. */
    public String id() {
        return id;
    }

    /** The name on the command line and in a manifest's {@code algorithm}, e.g. {@code logistic-regression}. */
    public String cliName() {
        return id.replace('_', '-');
    }
}
