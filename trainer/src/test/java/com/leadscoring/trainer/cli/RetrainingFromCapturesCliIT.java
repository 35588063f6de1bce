package com.leadscoring.trainer.cli;

import static com.leadscoring.trainer.cli.LifecycleCliIT.quickTrain;
import static com.leadscoring.trainer.cli.LifecycleCliIT.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.leadscoring.capture.CaptureFiles;
import com.leadscoring.capture.CaptureRecord;
import com.leadscoring.capture.CaptureSource;
import com.leadscoring.io.InProcessS3;
import com.leadscoring.lead.Lead;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelStore;
import com.leadscoring.model.ModelStores;
import com.leadscoring.outcome.OutcomeCsvReader;
import com.leadscoring.scoring.LeadScore;
import com.leadscoring.scoring.LeadScorer;
import com.leadscoring.trainer.cli.LifecycleCliIT.Run;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scheduled retraining's two steps as the template's task runs them (RetrainingData captured-and-training-csv), on
 * the in-process S3 server: {@code dataset} over captures and one outcomes object, then {@code train --data <training
 * CSV> --data <dataset's file>}; the published manifest names both files, the captured one with its capture date range
 * and outcomes object.
 */
class RetrainingFromCapturesCliIT {

    static final String CAPTURES = "s3://data/captures";
    static final String OUTCOMES = "s3://data/outcomes/outcomes.csv";
    static final String TRAINING = "s3://data/training/leads.csv";
    static final String DATASET = "s3://data/datasets/retraining/leads.csv";
    static final Instant FIRST = Instant.parse("2026-11-20T08:00:00Z");
    static InProcessS3 s3;
    static Run dataset;
    static Run train;

    @BeforeAll
    static void captureThenBuildTheSetThenTrain() throws Exception {
        s3 = InProcessS3.start("data", "models").pointClientsHere();
        // 1,200 scored leads captured over two days (ids 1..1200, as the training CSV's first 1,200 are).
        List<Lead> leads = new SyntheticLeadGenerator(8)
                .generate(1200).stream().map(LabeledLead::lead).toList();
        List<LeadScore> scores;
        try (LeadScorer scorer =
                new LeadScorer(ModelStores.open(FixtureStore.location()).load(FixtureStore.NEWEST_VERSION))) {
            scores = scorer.score(leads, false);
        }
        List<CaptureRecord> captured = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            captured.add(CaptureRecord.of(
                    "sc-" + i,
                    FixtureStore.NEWEST_VERSION,
                    FIRST.plusSeconds(120L * i),
                    CaptureSource.API,
                    leads.get(i),
                    scores.get(i)));
        }
        CaptureFiles.write(CAPTURES, captured);
        assertEquals(
                0,
                run("generate", "--outcomes-for", CAPTURES, "--seed", "8", "--decided", "0.5", "--out", OUTCOMES)
                        .exit());
        assertEquals(
                0,
                run("generate", "--rows", "3000", "--seed", "5", "--out", TRAINING)
                        .exit());

        dataset = run("dataset", "--captures", CAPTURES, "--outcomes", OUTCOMES, "--out", DATASET);
        assertEquals(0, dataset.exit(), dataset.out() + dataset.err());
        train = run(quickTrain("train", "--data", TRAINING, "--data", DATASET, "--store", "s3://models/store"));
        assertEquals(0, train.exit(), train.out() + train.err());
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
    }

    @Test
    void theManifestNamesBothFilesAndWhereTheCapturedOneCameFrom() throws Exception {
        ModelStore store = ModelStores.open("s3://models/store");
        Map<String, Object> p = store.verify(store.latestVersion()).provenance();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) p.get("dataFiles");
        assertEquals(2, files.size(), p.toString());
        assertEquals(TRAINING, files.get(0).get("dataSource"));
        assertEquals(DATASET, files.get(1).get("dataSource"));
        assertEquals(TRAINING + " + " + DATASET, p.get("dataSource"));
        assertEquals(64, ((String) files.get(1).get("dataSha256")).length());

        @SuppressWarnings("unchecked")
        Map<String, Object> origin = (Map<String, Object>) files.get(1).get("dataOrigin");
        assertEquals(FIRST.toString(), origin.get("capturedFrom"));
        assertEquals(FIRST.plusSeconds(120L * 1199).toString(), origin.get("capturedTo"));
        assertEquals(OUTCOMES, origin.get("outcomes"));
        assertTrue(origin.containsKey("outcomesS3VersionId"), "null here: the in-process server keeps no versions");
        assertTrue(((Map<?, ?>) files.get(0)).get("dataOrigin") == null, "the training CSV was not built by dataset");
    }

    @Test
    void theCapturedRowsReplaceTheTrainingCsvsRowsOfTheSameLeads() throws Exception {
        Set<String> decided = OutcomeCsvReader.load(OUTCOMES).byId().keySet();
        ModelStore store = ModelStores.open("s3://models/store");
        Map<String, Object> p = store.verify(store.latestVersion()).provenance();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) p.get("dataFiles");
        // Ids 1..1200 were captured, and the training CSV holds ids 1..3000: every decided id is replaced.
        Set<String> trainingIds = new SyntheticLeadGenerator(5)
                .generate(3000).stream().map(l -> l.lead().id()).collect(Collectors.toSet());
        long overlap = decided.stream().filter(trainingIds::contains).count();
        assertTrue(overlap > 500 && overlap < 700, "about half of 1,200 decided: " + overlap);
        assertEquals(3000, ((Number) files.get(0).get("rows")).intValue());
        assertEquals(overlap, ((Number) files.get(0).get("replacedRows")).longValue());
        assertEquals(decided.size(), ((Number) files.get(1).get("rows")).intValue());
        assertEquals(3000 - overlap + decided.size(), ((Number) ((Map<?, ?>) p.get("rows")).get("leads")).longValue());
        assertTrue(
                train.out().contains(TRAINING + ": 3000 leads, " + overlap + " replaced by a later --data file"),
                train.out());
    }
}
