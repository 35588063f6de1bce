/**
 * The training job end to end, composed in {@link com.leadscoring.trainer.job.TrainingJob}: load the data (disk or S3,
 * hashed as it is read) → train ({@link com.leadscoring.trainer.pipeline}) → export to ONNX → report → publish to the
 * model store, the only side effect and the last step.
 */
package com.leadscoring.trainer.job;
