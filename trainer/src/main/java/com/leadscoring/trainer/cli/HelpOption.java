package com.leadscoring.trainer.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h/--help} alone, for commands whose {@code --version} names a model version: picocli's standard help mixin
 * would also claim {@code --version}, and then neither option of the mixin is recognised.
 */
final class HelpOption {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;
}
