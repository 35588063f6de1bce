/**
 * Turning a network's logit into a probability and a decision: Platt scaling, so that a probability means what it says
 * at a 5 % base rate, the threshold that maximises F1, and the one logistic function. Fitted on a fold's tuning slice
 * for that fold's figures, and on every row's out-of-fold logits for the served model.
 */
package com.leadscoring.trainer.calibration;
