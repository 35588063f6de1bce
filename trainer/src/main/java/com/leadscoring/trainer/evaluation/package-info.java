/** Binary-classification figures and curves for the report, computed on the validation hold-out. */
package com.leadscoring.trainer.evaluation;
