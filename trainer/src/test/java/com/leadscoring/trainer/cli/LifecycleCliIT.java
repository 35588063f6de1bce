package com.leadscoring.trainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.drift.ReferenceProfile;
import com.leadscoring.lead.Lead;
import com.leadscoring.model.FileEntry;
import com.leadscoring.model.Manifest;
import com.leadscoring.model.ManifestJson;
import com.leadscoring.model.ModelStore;
import com.leadscoring.model.ModelStores;
import com.leadscoring.scoring.LeadScorer;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifecycle commands in-process on synthetic leads: the minimum-data refusal, {@code drift} (fresh sample 0,
 * shifted 3, bad rows counted, labels ignored, a version without reference), {@code models compare}, exit codes.
 */
class LifecycleCliIT {

    private static final String[] QUICK = {
        "--epochs", "5", "--no-rf", "--no-time-check", "--no-xgboost", "--folds", "2", "--smote", "none"
    };

    @TempDir
    static Path dir;

    static String store;
    static List<String> versions;

    /** What one CLI run printed and returned. */
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = TrainerMain.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** A quick {@code train}: two folds, few epochs, no forest, no XGBoost, no time check, no SMOTE. */
    static String[] quickTrain(String... trainArgs) {
        String[] out = Arrays.copyOf(trainArgs, trainArgs.length + QUICK.length);
        System.arraycopy(QUICK, 0, out, trainArgs.length, QUICK.length);
        return out;
    }

    @BeforeAll
    static void trainTwoVersions() throws Exception {
        Path csv = dir.resolve("train.csv");
        store = dir.resolve("store").toString();
        assertEquals(
                0,
                run("generate", "--rows", "4000", "--seed", "3", "--out", csv.toString())
                        .exit());
        Run first = run(quickTrain("train", "--data", csv.toString(), "--store", store));
        assertEquals(0, first.exit(), first.err());
        Thread.sleep(1100); // version ids have one-second resolution
        Run second = run(quickTrain(
                "train",
                "--data",
                csv.toString(),
                "--store",
                store,
                "--algorithm",
                "logistic-regression",
                "--promote",
                "always"));
        assertEquals(0, second.exit(), second.err());
        versions = ModelStores.open(store).listVersions();
        assertEquals(2, versions.size());
    }

    @Test
    void everyVersionPublishesAChecksummedReference() throws Exception {
        for (String v : versions) {
            Manifest m = ModelStores.open(store).verify(v);
            assertTrue(m.files().containsKey(ReferenceProfile.FILE), v);
            ReferenceProfile ref =
                    ReferenceProfile.fromJson(Files.readAllBytes(Path.of(store, v, ReferenceProfile.FILE)));
            assertEquals(v, ref.modelVersion());
            assertEquals(4000, ref.rows());
        }
    }

    @Test
    void driftIsZeroOnAFreshSampleAndThreeOnAShiftedOneNamingTheField() throws Exception {
        Path fresh = dir.resolve("fresh.csv");
        assertEquals(
                0,
                run("generate", "--rows", "5000", "--seed", "11", "--out", fresh.toString())
                        .exit());
        Run same = run("drift", "--store", store, "--data", fresh.toString());
        assertEquals(0, same.exit(), same.out() + same.err());
        assertTrue(same.out().contains("nothing shifted"), same.out());
        assertTrue(same.out().contains("no invalid rows"), same.out());

        Path shifted = dir.resolve("shifted.csv");
        Run gen = run("generate", "--rows", "5000", "--seed", "12", "--shift", "campaign", "--out", shifted.toString());
        assertEquals(0, gen.exit());
        assertTrue(gen.out().contains("campaign_var_1"), gen.out());
        Path json = dir.resolve("out/drift.json");
        Run moved = run(
                "drift",
                "--store",
                store,
                "--version",
                versions.get(0),
                "--data",
                shifted.toString(),
                "--out",
                json.toString());
        assertEquals(DriftCommand.SHIFTED, moved.exit(), moved.out() + moved.err());
        String line = moved.out()
                .lines()
                .filter(l -> l.startsWith("campaign_var_1 "))
                .findFirst()
                .orElseThrow();
        assertTrue(line.contains("shifted"), line);
        String activity = moved.out()
                .lines()
                .filter(l -> l.startsWith("user_activity_var_1 "))
                .findFirst()
                .orElseThrow();
        assertTrue(activity.contains("stable"), activity);
        assertTrue(moved.out().contains("shifted: campaign_var_1"), moved.out());

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals(versions.get(0), report.get("modelVersion").asText());
        assertEquals(5000, report.get("rows").asInt());
        List<String> names = new ArrayList<>();
        report.get("shifted").forEach(n -> names.add(n.asText()));
        assertTrue(names.contains("campaign_var_1"), names.toString());
        assertFalse(names.contains("user_activity_var_1"), names.toString());
        JsonNode campaign = report.get("fields").get(1);
        assertEquals("campaign_var_1", campaign.get("name").asText());
        assertTrue(campaign.get("psi").asDouble() >= 0.25);
        double referenceTotal = 0;
        for (JsonNode b : campaign.get("bins")) {
            referenceTotal += b.get("reference").asDouble();
        }
        assertEquals(1.0, referenceTotal, 1e-9);
        assertEquals("score", report.get("score").get("name").asText());
    }

    @Test
    void labelsAreIgnoredAndBadRowsCountedNotDropped() throws Exception {
        Path csv = dir.resolve("unlabelled.csv");
        run("generate", "--rows", "3000", "--seed", "21", "--out", csv.toString());
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(csv)) {
            lines.add(l.substring(0, l.lastIndexOf(','))); // drop the buy column
        }
        lines.set(10, lines.get(10).replaceFirst(",[0-9]+,", ",-4,"));
        String[] cells = lines.get(20).split(",", -1);
        cells[1] = "30-02-2021"; // created_at: no such day
        lines.set(20, String.join(",", cells));
        Files.write(csv, lines);
        Path json = dir.resolve("bad.json");
        Run r = run("drift", "--store", store, "--data", csv.toString(), "--out", json.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("2 invalid rows were not compared"), r.out());
        assertTrue(r.out().contains("line 11: campaign_var_1"), r.out());
        assertTrue(r.out().contains("line 21: created_at"), r.out());
        assertFalse(r.out().contains("30-02-2021"), "no cell value is echoed: " + r.out());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals(2, report.get("badRows").asInt());
        assertEquals(2998, report.get("rows").asInt());
        assertEquals(21, report.at("/badRowExamples/1/line").asInt());
        assertEquals("[\"created_at\"]", report.at("/badRowExamples/1/columns").toString());
        assertFalse(Files.readString(json).contains("30-02-2021"), "the report holds positions, not values");
    }

    @Test
    void twentyLeadsAreTooFewToJudgeExitZeroWithNoPsi() throws Exception {
        Path few = dir.resolve("twenty.csv");
        run("generate", "--rows", "20", "--seed", "31", "--out", few.toString());
        Path json = dir.resolve("twenty.json");
        Run r = run("drift", "--store", store, "--data", few.toString(), "--out", json.toString());
        assertEquals(0, r.exit(), "nothing is judged, so nothing is shifted: " + r.out() + r.err());
        assertTrue(r.out().contains("too few leads to judge drift: 20 valid, at least 1000 needed"), r.out());
        assertFalse(r.out().contains("shifted:"), r.out());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertTrue(report.get("tooFewLeads").asBoolean());
        assertEquals(1000, report.get("minLeads").asInt());
        assertEquals(0, report.get("shifted").size());
        report.get("fields").forEach(f -> assertFalse(f.has("psi") || f.has("band"), f.toString()));
        assertFalse(report.get("score").has("psi"));

        Run lowered = run("drift", "--store", store, "--data", few.toString(), "--min-leads", "20");
        assertFalse(lowered.out().contains("too few leads"), "judged once the minimum allows it: " + lowered.out());
        assertEquals(
                2,
                run("drift", "--store", store, "--data", few.toString(), "--min-leads", "0")
                        .exit());
    }

    @Test
    void aVersionWithoutReferenceStillScoresAndDriftSaysSo() throws Exception {
        ModelStore s = ModelStores.open(store);
        // An older version: the same files published without reference.json, under its own id.
        String old = "20200101T000000Z-0a0a0a0";
        Path src = Path.of(store, versions.get(0));
        Path target = dir.resolve("old-store").resolve(old);
        Files.createDirectories(target);
        Manifest m = s.verify(versions.get(0));
        Map<String, FileEntry> files = new LinkedHashMap<>(m.files());
        files.remove(ReferenceProfile.FILE);
        for (String f : files.keySet()) {
            Files.copy(src.resolve(f), target.resolve(f));
        }
        Files.write(
                target.resolve(Manifest.MANIFEST_FILE),
                ManifestJson.toJson(new Manifest(
                        m.schemaVersion(),
                        old,
                        m.createdAt(),
                        m.algorithm(),
                        m.encoderVersion(),
                        m.featureNames(),
                        m.output(),
                        files,
                        m.provenance())));
        ModelStore oldStore = ModelStores.open(dir.resolve("old-store").toString());
        oldStore.promote(old);
        List<Lead> leads = new SyntheticLeadGenerator(4)
                .generate(50).stream().map(LabeledLead::lead).toList();
        try (LeadScorer scorer = new LeadScorer(oldStore.load(null))) {
            assertEquals(50, scorer.score(leads, false).size());
        }
        Path fresh = dir.resolve("fresh-for-old.csv");
        run("generate", "--rows", "1000", "--seed", "13", "--out", fresh.toString());
        Run r = run("drift", "--store", dir.resolve("old-store").toString(), "--data", fresh.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("version " + old + " has no reference distribution"), r.err());
    }

    @Test
    void aTamperedReferenceIsRefused(@TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("store").resolve(versions.get(0));
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(Path.of(store, versions.get(0)))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path reference = copy.resolve(ReferenceProfile.FILE);
        Files.writeString(reference, Files.readString(reference).replaceFirst("\"rows\" : 4000", "\"rows\" : 4001"));
        Path fresh = tmp.resolve("fresh.csv");
        run("generate", "--rows", "500", "--seed", "15", "--out", fresh.toString());
        Run r = run(
                "drift",
                "--store",
                tmp.resolve("store").toString(),
                "--version",
                versions.get(0),
                "--data",
                fresh.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("reference.json does not match its checksum"), r.err());
    }

    @Test
    void driftExitCodesForUsageAndFailures() throws Exception {
        Path fresh = dir.resolve("codes.csv");
        run("generate", "--rows", "500", "--seed", "14", "--out", fresh.toString());
        assertEquals(2, run("drift", "--store", store).exit());
        assertEquals(2, run("drift", "--data", fresh.toString()).exit());
        assertEquals(
                1,
                run(
                                "drift",
                                "--store",
                                store,
                                "--data",
                                dir.resolve("missing.csv").toString())
                        .exit());
        Run unknown =
                run("drift", "--store", store, "--version", "20990101T000000Z-0000000", "--data", fresh.toString());
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("no such version"), unknown.err());
        assertEquals(
                2,
                run("generate", "--rows", "10", "--out", fresh.toString(), "--shift", "weather")
                        .exit());
    }

    @Test
    void tooLittleDataIsRefusedAndNothingIsWritten(@TempDir Path tmp) throws Exception {
        Path small = tmp.resolve("small.csv");
        run("generate", "--rows", "900", "--seed", "3", "--out", small.toString());
        Path fresh = tmp.resolve("fresh-store");
        Run r = run(quickTrain("train", "--data", small.toString(), "--store", fresh.toString()));
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: too little data to train: 900 leads"), r.err());
        assertTrue(Files.notExists(fresh), "the store was not even created");

        // An existing store is left exactly as it was.
        List<String> before = listing(Path.of(store));
        Run refused = run(quickTrain("train", "--data", small.toString(), "--store", store));
        assertEquals(1, refused.exit());
        assertEquals(before, listing(Path.of(store)));

        // Fewer buyers than asked for is refused too, even with enough leads.
        Path csv = dir.resolve("train.csv");
        Run buyers = run(
                quickTrain("train", "--data", csv.toString(), "--store", fresh.toString(), "--min-buyers", "100000"));
        assertEquals(1, buyers.exit());
        assertTrue(buyers.err().contains("the minimum is 1000 leads and 100000 buyers"), buyers.err());
        assertTrue(Files.notExists(fresh));

        // Explicitly lower minimums let a small run through, with the warning.
        Run lowered = run(quickTrain(
                "train",
                "--data",
                small.toString(),
                "--store",
                fresh.toString(),
                "--min-leads",
                "500",
                "--min-buyers",
                "10"));
        assertEquals(0, lowered.exit(), lowered.err());
        assertTrue(lowered.err().startsWith("warning: only 900 leads"), lowered.err());
        assertEquals(1, ModelStores.open(fresh.toString()).listVersions().size());
    }

    @Test
    void compareShowsBothVersionsSideBySide() throws Exception {
        Run r = run("models", "compare", "--store", store, versions.get(0), versions.get(1));
        assertEquals(0, r.exit(), r.err());
        Map<String, String> rows = new LinkedHashMap<>();
        r.out()
                .lines()
                .forEach(l -> rows.put(l.substring(0, Math.min(26, l.length())).strip(), l));
        assertTrue(rows.get("version").contains(versions.get(0))
                && rows.get("version").contains(versions.get(1)));
        assertTrue(
                rows.get("algorithm").contains("dnn") && rows.get("algorithm").contains("logistic-regression"));
        assertTrue(rows.get("algorithm").strip().endsWith("differs"), rows.get("algorithm"));
        assertTrue(rows.get("data sha256").strip().endsWith("same"), rows.get("data sha256"));
        assertTrue(rows.get("feature encoder").contains("lead-features-v1 (24 features)"), rows.get("feature encoder"));
        assertTrue(rows.get("feature encoder").strip().endsWith("same"), rows.get("feature encoder"));
        assertTrue(rows.get("latest").matches(".*no\\s+yes.*"), rows.get("latest"));
        double t0 =
                ModelStores.open(store).load(versions.get(0)).preprocessing().threshold();
        double t1 =
                ModelStores.open(store).load(versions.get(1)).preprocessing().threshold();
        assertTrue(rows.get("threshold").contains(String.format(Locale.ROOT, "%.4f", t0)), rows.get("threshold"));
        assertTrue(
                rows.get("threshold").strip().endsWith(String.format(Locale.ROOT, "%+.4f", t1 - t0)),
                rows.get("threshold"));
        // Both versions chose their bands from out-of-fold probabilities (the default --grades shares:5,10,25).
        assertTrue(
                rows.get("grade bands").matches(".*A>=p0\\.[0-9]+ B>=p0\\.[0-9]+ C>=p0\\.[0-9]+ D>=p0 .*"),
                rows.get("grade bands"));
        for (String figure :
                List.of("validation F1", "validation ROC AUC", "training buyers", "age", "drift reference")) {
            assertTrue(rows.containsKey(figure), figure + " in\n" + r.out());
        }
        assertFalse(rows.get("validation F1").contains(" - "), "both versions have validation figures");
        assertTrue(rows.get("validation source").contains("2-fold cross-validation"), rows.get("validation source"));
        String cv = rows.get("cv rocAuc (mean ± sd)");
        assertTrue(cv != null && cv.matches(".*0\\.\\d{4} ± 0\\.\\d{4}.*"), r.out());
        assertEquals(
                1,
                run("models", "compare", "--store", store, versions.get(0), "20990101T000000Z-0000000")
                        .exit());
        assertEquals(
                2, run("models", "compare", "--store", store, versions.get(0)).exit());
    }

    private static List<String> listing(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(p -> root.relativize(p) + ":"
                            + (Files.isRegularFile(p) ? p.toFile().length() : -1))
                    .sorted()
                    .toList();
        }
    }
}
