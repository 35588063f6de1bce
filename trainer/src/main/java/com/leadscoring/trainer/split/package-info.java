/** Seeded data splits: stratified hold-outs and the calendar split of the time-based check. */
package com.leadscoring.trainer.split;
