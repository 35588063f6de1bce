/** The trainer's command line (picocli): generate, train, models, demo. */
package com.leadscoring.trainer.cli;
