package com.leadscoring.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --store}, the model store, as every command of both CLIs names it (a picocli mixin). Required, but checked
 * here rather than by picocli, so that a command can keep an older name as a hidden alias ({@code train --out},
 * {@code serve --model}) that fills the same value through {@link #alias(String)}.
 */
public final class StoreOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private String store;

    @Option(
            names = "--store",
            paramLabel = "<store>",
            description = "Model store: a directory, file: URI or s3://bucket/prefix.")
    void store(String value) {
        store = value;
    }

    /** Sets the store from an older option name a command keeps for scripts. */
    public void alias(String value) {
        store = value;
    }

    /** The store; a usage error naming {@code --store} when none was given. */
    public String get() {
        if (store == null) {
            throw new ParameterException(command.commandLine(), "Missing required option: '--store=<store>'");
        }
        return store;
    }
}
