package com.leadscoring.trainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad option values are usage errors (exit 2), found before any data is read or any file written. */
class TrainerUsageTest {

    @Test
    void badTrainingOptionsAreUsageErrorsBeforeTheDataIsRead(@TempDir Path tmp) {
        String missing = tmp.resolve("no-such.csv").toString();
        String store = tmp.resolve("store").toString();
        assertEquals(2, TrainerMain.run("train", "--data", missing, "--out", store, "--folds", "0"));
        assertEquals(2, TrainerMain.run("train", "--data", missing, "--out", store, "--min-buyers", "-1"));
        assertEquals(2, TrainerMain.run("train", "--data", missing, "--out", store, "--hidden", "64"));
    }

    @Test
    void aBadDemoOptionWritesNothing(@TempDir Path tmp) {
        Path dir = tmp.resolve("demo");
        assertEquals(2, TrainerMain.run("demo", "--dir", dir.toString(), "--folds", "0"));
        assertFalse(Files.exists(dir), "no half-made demo");
    }
}
