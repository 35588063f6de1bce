/**
 * Encoded feature matrices and the z-normalization fitted on the fitting rows only. Applying it always goes through
 * {@link com.leadscoring.features.Normalization#normalize}, the same code the function serves with.
 */
package com.leadscoring.trainer.normalize;
