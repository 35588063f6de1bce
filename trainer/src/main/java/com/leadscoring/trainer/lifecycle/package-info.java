/**
 * Model lifecycle rules that sit around a training run rather than inside it: the minimum data a run needs before
 * anything is fitted or published ({@link com.leadscoring.trainer.lifecycle.MinimumData}), and side-by-side
 * comparison of two published versions for manual promotion or rollback
 * ({@link com.leadscoring.trainer.lifecycle.VersionComparison}), and the champion/challenger decision
 * ({@link com.leadscoring.trainer.lifecycle.PromotionGate}, pure, not yet wired into {@code train}).
 */
package com.leadscoring.trainer.lifecycle;
