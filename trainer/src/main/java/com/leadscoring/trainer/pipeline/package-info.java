/**
 * The training job composed in one place: {@link com.leadscoring.trainer.pipeline.TrainingPipeline} runs load, split,
 * normalize, oversample, fit, calibrate, choose threshold, evaluate, export and publish, each step a unit of its own
 * package, and times every step.
 */
package com.leadscoring.trainer.pipeline;
