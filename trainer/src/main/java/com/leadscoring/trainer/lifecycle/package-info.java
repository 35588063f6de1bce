/**
 * Model lifecycle rules that sit around a training run rather than inside it: the minimum data a run needs before
 * anything is fitted or published ({@link com.leadscoring.trainer.lifecycle.MinimumData}); the champion/challenger
 * decision ({@link com.leadscoring.trainer.lifecycle.PromotionGate}, pure) and the evidence it is made on
 * ({@link com.leadscoring.trainer.lifecycle.Promotion}: readiness from cross-validation, both models on the newest
 * leads); and side-by-side comparison of two published versions for manual promotion or rollback
 * ({@link com.leadscoring.trainer.lifecycle.VersionComparison}).
 */
package com.leadscoring.trainer.lifecycle;
