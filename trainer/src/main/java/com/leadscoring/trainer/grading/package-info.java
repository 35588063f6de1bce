/**
 * Grade bands for a new model: a {@link com.leadscoring.trainer.grading.GradePolicy} (shares of leads, probability
 * cut-offs or score cut-offs) turned into bands from the served model's out-of-fold probabilities. Depends on core's
 * {@code decision} only; what the bands mean on those predictions is {@code evaluation.GradeTable}.
 */
package com.leadscoring.trainer.grading;
