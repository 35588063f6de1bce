/**
 * Stratified k-fold cross-validation, how every modelling choice is made and every figure reported: which rows each
 * fold holds out ({@link com.leadscoring.trainer.cv.FoldPlan}), each fold's data with everything fitted on its training
 * part only ({@link com.leadscoring.trainer.cv.FoldData}), candidates run fold by fold in parallel
 * ({@link com.leadscoring.trainer.cv.CrossValidation}), mean ± sd over folds, out-of-fold predictions, permutation
 * importance, and {@link com.leadscoring.trainer.cv.Seeds}, where every seed of a run is derived from {@code --seed}.
 */
package com.leadscoring.trainer.cv;
