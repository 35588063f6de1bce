/**
 * The recipe, composed in one place: {@link com.leadscoring.trainer.pipeline.Recipe} cross-validates every candidate
 * and builds the network ensemble from the best network variant's fold models
 * ({@link com.leadscoring.trainer.pipeline.ServedDnn}); {@link com.leadscoring.trainer.pipeline.TrainingPipeline} picks
 * the published {@link com.leadscoring.trainer.pipeline.ServedModel} (the one question on the algorithm), chooses its
 * grade bands at once, adds permutation importance and the time-based check, which reuses the same recipe, and times
 * every step. Its configuration is split by what it decides: {@link com.leadscoring.trainer.pipeline.RecipeConfig} and
 * {@link com.leadscoring.trainer.pipeline.PublicationConfig}. Loading, export and publishing are the job's
 * ({@code job}).
 */
package com.leadscoring.trainer.pipeline;
