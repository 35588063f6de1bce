package com.leadscoring.trainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Every command answers --help, including those whose --version names a model version. */
class TrainerHelpTest {

    @Test
    void everyCommandAnswersHelp() {
        String[][] commands = {
            {"train"},
            {"demo"},
            {"generate"},
            {"drift"},
            {"evaluate"},
            {"dataset"},
            {"models", "list"},
            {"models", "promote"},
            {"models", "verify"},
            {"models", "compare"}
        };
        for (String[] command : commands) {
            String[] args = Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            assertEquals(0, TrainerMain.run(args), String.join(" ", command));
        }
    }
}
