/**
 * The recipe, composed in one place: {@link com.leadscoring.trainer.pipeline.Recipe} cross-validates every candidate
 * and builds the served ensemble from the best network variant's fold models
 * ({@link com.leadscoring.trainer.pipeline.ServedDnn}); {@link com.leadscoring.trainer.pipeline.TrainingPipeline} adds
 * permutation importance and the time-based check, which reuses the same recipe, and times every step. Loading, export
 * and publishing are the job's ({@code job}).
 */
package com.leadscoring.trainer.pipeline;
