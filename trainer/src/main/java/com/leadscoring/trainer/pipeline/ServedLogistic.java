package com.leadscoring.trainer.pipeline;

import com.leadscoring.model.PreprocessingParameters;
import com.leadscoring.trainer.baseline.TribuoProbabilityModel;

/**
 * The logistic-regression model when it is the one published ({@code --algorithm logistic-regression}): refitted on
 * every row with the served normalization, its threshold the max F1 of its out-of-fold probabilities.
 *
 * @param model the refitted model
 * @param preprocessing served normalization and the threshold chosen on the out-of-fold probabilities
 */
public record ServedLogistic(TribuoProbabilityModel model, PreprocessingParameters preprocessing) {}
