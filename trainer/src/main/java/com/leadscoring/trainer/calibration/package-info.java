/**
 * Choices made on the tuning slice, never on the validation hold-out: Platt scaling of the DNN's logit, so that a
 * probability means what it says at a 5 % base rate, and the decision threshold that maximises F1.
 */
package com.leadscoring.trainer.calibration;
