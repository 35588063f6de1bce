package com.leadscoring.trainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad option values are usage errors (exit 2), found before any data is read or any file written. */
class TrainerUsageTest {

    @Test
    void badTrainingOptionsAreUsageErrorsBeforeTheDataIsRead(@TempDir Path tmp) {
        String missing = tmp.resolve("no-such.csv").toString();
        String store = tmp.resolve("store").toString();
        assertEquals(2, TrainerMain.run("train", "--data", missing, "--store", store, "--folds", "0"));
        assertEquals(2, TrainerMain.run("train", "--data", missing, "--store", store, "--min-buyers", "-1"));
        assertEquals(2, TrainerMain.run("train", "--data", missing, "--store", store, "--hidden", "64,0"));
        assertEquals(2, TrainerMain.run("train", "--data", missing, "--store", store, "--grades", "shares:60,50"));
        assertEquals(2, TrainerMain.run("train", "--data", missing, "--store", store, "--grades", "thirds"));
        assertEquals(2, TrainerMain.run("train", "--data", missing, "--store", store, "--field-labels", missing));
    }

    @Test
    void aBadLabelsFileIsAUsageErrorNamingItsLine(@TempDir Path tmp) throws Exception {
        Path labels = tmp.resolve("labels.csv");
        Files.writeString(labels, "field,label\nsignup_dat,Signed up\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(
                    2,
                    TrainerMain.run(
                            "train",
                            "--data",
                            tmp.resolve("none.csv").toString(),
                            "--store",
                            tmp.resolve("store").toString(),
                            "--field-labels",
                            labels.toString()));
        } finally {
            System.setErr(saved);
        }
        String said = err.toString(StandardCharsets.UTF_8);
        Assertions.assertTrue(said.contains("line 2") && said.contains("signup_dat"), said);
    }

    @Test
    void aBadDemoOptionWritesNothing(@TempDir Path tmp) {
        Path dir = tmp.resolve("demo");
        assertEquals(2, TrainerMain.run("demo", "--dir", dir.toString(), "--folds", "0"));
        assertFalse(Files.exists(dir), "no half-made demo");
    }

    @Test
    void everyCommandThatNeedsAStoreSaysSoByItsOneName(@TempDir Path tmp) {
        String csv = tmp.resolve("leads.csv").toString();
        for (String[] args : new String[][] {
            {"train", "--data", csv},
            {"drift", "--data", csv},
            {"models", "list"},
            {"models", "verify"},
            {"models", "promote", "--version", "v"},
            {"models", "compare", "a", "b"}
        }) {
            assertEquals(2, TrainerMain.run(args), String.join(" ", args));
        }
    }
}
