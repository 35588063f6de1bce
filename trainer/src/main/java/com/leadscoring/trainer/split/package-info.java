/**
 * Seeded data splits: stratified k folds, stratified hold-outs (the tuning slice), and the calendar split of the time
 * check.
 */
package com.leadscoring.trainer.split;
