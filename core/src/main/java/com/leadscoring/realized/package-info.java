/**
 * Realized accuracy: captured scores joined with what sales decided (each lead judged once, by its first capture),
 * measured per model version against the figures the model was published with. Shared by the trainer's {@code evaluate}
 * and the function's evaluation handler, so both compute the same {@code realized.json}.
 */
package com.leadscoring.realized;
