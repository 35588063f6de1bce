/**
 * Binary-classification figures (F1, precision, recall, ROC and PR AUC, Brier, confusion), curves, and the sales view
 * of a model (what each grade converts, how buyers' and non-buyers' scores spread), computed on predictions of rows the
 * model did not see: held-out folds and out-of-fold predictions.
 */
package com.leadscoring.trainer.evaluation;
