/**
 * The peers the served network is compared with, all Tribuo models fitted on the same rows: a random forest, logistic
 * regression and gradient boosting (XGBoost), each behind {@link com.leadscoring.trainer.baseline.ProbabilityModel}.
 */
package com.leadscoring.trainer.baseline;
