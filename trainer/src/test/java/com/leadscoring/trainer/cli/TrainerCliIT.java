package com.leadscoring.trainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.leadscoring.model.ModelStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer's CLI in-process: generate → train → models list/verify/promote, and its exit codes. */
class TrainerCliIT {

    @Test
    void generateTrainAndManageVersions(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("leads.csv");
        String store = tmp.resolve("store").toString();
        assertEquals(0, TrainerMain.run("generate", "--rows", "4000", "--seed", "3", "--out", csv.toString()));
        assertEquals(4001, Files.readAllLines(csv).size());
        String[] quick = {
            "--epochs", "5", "--no-rf", "--no-time-check", "--no-xgboost", "--folds", "2", "--smote", "none"
        };
        assertEquals(
                0,
                TrainerMain.run(concat(
                        new String[] {"train", "--data", csv.toString(), "--out", store},
                        quick))); // --out: the hidden alias of --store
        Thread.sleep(1100); // version ids have one-second resolution
        assertEquals(
                0,
                TrainerMain.run(concat(
                        new String[] {
                            "train",
                            "--data",
                            csv.toString(),
                            "--store",
                            store,
                            "--algorithm",
                            "logistic-regression",
                            "--promote",
                            "always"
                        },
                        quick)));
        var versions = ModelStores.open(store).listVersions();
        assertEquals(2, versions.size());
        assertEquals(versions.get(1), ModelStores.open(store).latestVersion());
        assertEquals(
                "logistic-regression",
                ModelStores.open(store).load(null).manifest().algorithm());
        assertEquals(0, TrainerMain.run("models", "list", "--store", store));
        assertEquals(0, TrainerMain.run("models", "verify", "--store", store));
        assertEquals(0, TrainerMain.run("models", "promote", "--store", store, "--version", versions.get(0)));
        assertEquals(versions.get(0), ModelStores.open(store).latestVersion());
        assertEquals(
                1, TrainerMain.run("models", "promote", "--store", store, "--version", "20990101T000000Z-0000000"));
    }

    @Test
    void badInputIsAOneLineFailure(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("bad.csv");
        TrainerMain.run("generate", "--rows", "300", "--seed", "3", "--out", csv.toString());
        var lines = Files.readAllLines(csv);
        lines.set(5, lines.get(5).replaceFirst(",[0-9]+,", ",-4,"));
        Files.write(csv, lines);
        String store = tmp.resolve("store").toString();
        assertEquals(1, TrainerMain.run("train", "--data", csv.toString(), "--store", store, "--epochs", "1"));
        assertTrue(Files.notExists(tmp.resolve("store").resolve("latest")), "nothing published");
        assertEquals(
                1, TrainerMain.run("train", "--data", tmp.resolve("missing.csv").toString(), "--store", store));
        assertEquals(2, TrainerMain.run("train", "--data", csv.toString()));
        assertEquals(2, TrainerMain.run("train", "--data", csv.toString(), "--store", store, "--smote", "sometimes"));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
