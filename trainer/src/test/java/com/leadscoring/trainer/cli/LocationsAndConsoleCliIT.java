package com.leadscoring.trainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.io.S3Server;
import com.leadscoring.io.Sha256;
import com.leadscoring.model.Manifest;
import com.leadscoring.model.ModelStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The trainer's path options against an in-process S3 server (data, store and drift report all in S3), and its console
 * when stdout is a file, as in a container: one line per fold, no carriage return.
 */
class LocationsAndConsoleCliIT {

    /** The S3 server the code under test reaches as it reaches AWS (its clients pointed here). */
    @RegisterExtension
    static final S3Server s3 = S3Server.pointingClientsHere("data", "models");

    @TempDir
    static Path dir;

    static String trainOutput;

    @BeforeAll
    static void trainFromS3IntoS3() throws Exception {
        assertEquals(
                0,
                LifecycleCliIT.run("generate", "--rows", "3000", "--seed", "5", "--out", "s3://data/training/leads.csv")
                        .exit());
        // stdout to a file, as a container's log driver has it.
        Path log = dir.resolve("train.log");
        PrintStream old = System.out;
        int exit;
        try (PrintStream file = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
            System.setOut(file);
            exit = TrainerMain.run(LifecycleCliIT.quickTrain(
                    "train", "--data", "s3://data/training/leads.csv", "--store", "s3://models/store"));
        } finally {
            System.setOut(old);
        }
        trainOutput = Files.readString(log);
        assertEquals(0, exit, trainOutput);
    }

    @Test
    void trainingProgressToAFileIsOneLinePerFoldWithoutCarriageReturns() {
        assertFalse(trainOutput.contains("\r"), "no carriage return in:\n" + trainOutput);
        assertTrue(trainOutput.contains("dnn fold 1/2 done in"), trainOutput);
        assertTrue(trainOutput.contains("dnn fold 2/2 done in"), trainOutput);
        assertTrue(
                trainOutput.lines().anyMatch(l -> l.matches(".*\\((\\d+)/\\1 fits\\)")),
                "the last fit counted: " + trainOutput);
    }

    @Test
    void onATerminalTheFitsAreABarAsBefore() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress terminal = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        terminal.stepStarted("cross-validate");
        terminal.fitsStarted("cross-validate", 2);
        terminal.foldFinished("dnn", 0, 2, 1000);
        terminal.foldFinished("dnn", 1, 2, 1000);
        terminal.stepFinished("cross-validate", 2000);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("\r"), "bar frames: " + out);
        assertFalse(out.contains("fits)"), out);
    }

    @Test
    void theManifestRecordsTheDataObjectsVersionIdAndETagBesideItsHash() throws Exception {
        Manifest manifest = ModelStores.open("s3://models/store")
                .verify(ModelStores.open("s3://models/store").latestVersion());
        String eTag;
        try (S3Client c = s3.client()) {
            eTag = c.headObject(b -> b.bucket("data").key("training/leads.csv"))
                    .eTag()
                    .replace("\"", "");
        }
        assertEquals(eTag, manifest.provenance().get("dataS3ETag"));
        assertEquals(
                Sha256.hex(s3.get("data", "training/leads.csv")),
                manifest.provenance().get("dataSha256"));
        // S3Proxy keeps no object versions and reports none: the key is then left out, as for a local file (on a
        // versioned bucket S3 answers the version id read, which goes in here).
        assertFalse(
                manifest.provenance().containsKey("dataS3VersionId"),
                manifest.provenance().toString());
        assertEquals("s3://data/training/leads.csv", manifest.provenance().get("dataSource"));
    }

    @Test
    void driftReadsAndWritesS3AndNeverMakesAFolderCalledS3() throws Exception {
        LifecycleCliIT.Run r = LifecycleCliIT.run(
                "drift",
                "--store",
                "s3://models/store",
                "--data",
                "s3://data/training/leads.csv",
                "--out",
                "s3://data/drift/drift.json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("wrote s3://data/drift/drift.json"), r.out());
        JsonNode json = new ObjectMapper().readTree(s3.get("data", "drift/drift.json"));
        assertEquals(
                ModelStores.open("s3://models/store").latestVersion(),
                json.get("modelVersion").asText());
        assertEquals(3000, json.get("rows").asInt());
        assertFalse(Files.exists(Path.of("s3:")), "a local folder called s3:");
    }

    @Test
    void driftTakesKeysExactlyAsGivenWithSpacesHashAndPercent() throws Exception {
        s3.put(
                "data",
                "in put/leads #2 100%25.csv",
                new String(s3.get("data", "training/leads.csv"), StandardCharsets.UTF_8));
        LifecycleCliIT.Run r = LifecycleCliIT.run(
                "drift",
                "--store",
                "s3://models/store",
                "--data",
                "s3://data/in put/leads #2 100%25.csv",
                "--out",
                "s3://data/drift #2/drift%20.json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(s3.get("data", "drift #2/drift%20.json"));
        assertEquals("s3://data/in put/leads #2 100%25.csv", json.get("source").asText());
        assertEquals(3000, json.get("rows").asInt());
    }

    @Test
    void anOptionThatTakesOnlyALocalPathRefusesS3ByName() {
        LifecycleCliIT.Run r = LifecycleCliIT.run("demo", "--dir", "s3://data/demo");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--dir") && r.err().contains("takes a local path, not an S3 location"), r.err());
        assertFalse(Files.exists(Path.of("s3:")));
    }
}
