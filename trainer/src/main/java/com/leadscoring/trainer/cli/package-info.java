/**
 * The trainer's command line (picocli): demo, generate, train (with the minimum-data check and the promotion gate),
 * models list|promote|verify|compare, drift; progress on the console, library logs at WARN unless --verbose.
 */
package com.leadscoring.trainer.cli;
