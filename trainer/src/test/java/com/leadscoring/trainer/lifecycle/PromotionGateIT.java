package com.leadscoring.trainer.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.model.ModelStores;
import com.leadscoring.trainer.cli.TrainerMain;
import com.leadscoring.trainer.cv.FoldData;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import com.leadscoring.trainer.dnn.DnnConfig;
import com.leadscoring.trainer.pipeline.PipelineListener;
import com.leadscoring.trainer.pipeline.SmotePolicy;
import com.leadscoring.trainer.pipeline.TrainingConfig;
import com.leadscoring.trainer.pipeline.TrainingPipeline;
import com.leadscoring.trainer.pipeline.TrainingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The promotion gate end to end through {@code train}: champion, challengers, decisions, and what `latest` does. */
class PromotionGateIT {

    private static final String[] QUICK = {"--epochs", "8", "--folds", "2", "--smote", "none", "--no-rf", "--no-xgboost"
    };

    @Test
    void aChallengerOnShuffledLabelsIsPublishedButNeverPromotedByAuto(@TempDir Path tmp) throws Exception {
        Path good = tmp.resolve("good.csv");
        Path shuffled = tmp.resolve("shuffled.csv");
        String store = tmp.resolve("store").toString();
        assertEquals(0, TrainerMain.run("generate", "--rows", "6000", "--seed", "3", "--out", good.toString()));
        shuffleLabels(good, shuffled, 11);

        assertEquals(0, train(good, store, "auto"));
        String champion = ModelStores.open(store).latestVersion();
        assertTrue(promotion(store, champion).path("promoted").asBoolean(), "the first ready model is promoted");

        Thread.sleep(1100); // version ids have one-second resolution
        assertEquals(0, train(shuffled, store, "auto"), "a refused challenger is not a failure");
        List<String> versions = ModelStores.open(store).listVersions();
        assertEquals(2, versions.size(), "the challenger is published");
        assertEquals(champion, ModelStores.open(store).latestVersion(), "latest unchanged");
        JsonNode refused = promotion(store, versions.get(1));
        assertFalse(refused.path("promoted").asBoolean());
        assertTrue(refused.path("reason").asText().contains("not ready"), refused.toString());
        assertTrue(refused.path("challengerCvRocAuc").asDouble() < 0.70, refused.toString());

        Thread.sleep(1100);
        assertEquals(0, train(shuffled, store, "always"), "--promote always promotes it");
        String bad = ModelStores.open(store).latestVersion();
        assertEquals(3, ModelStores.open(store).listVersions().size());
        assertFalse(bad.equals(champion));

        // Now the champion is as bad as the challenger, so on the evidence rows they look alike: readiness still
        // refuses.
        Thread.sleep(1100);
        assertEquals(0, train(shuffled, store, "auto"));
        assertEquals(bad, ModelStores.open(store).latestVersion());
        JsonNode again = promotion(store, ModelStores.open(store).listVersions().get(3));
        assertFalse(again.path("promoted").asBoolean(), again.toString());
        assertTrue(again.path("reason").asText().contains("not ready"), again.toString());

        // A good challenger replaces the bad champion on the evidence.
        Thread.sleep(1100);
        assertEquals(0, train(good, store, "auto"));
        String last = ModelStores.open(store).listVersions().get(4);
        assertEquals(last, ModelStores.open(store).latestVersion());
        JsonNode promoted = promotion(store, last);
        assertTrue(promoted.path("evidenceRows").asInt() > 0, promoted.toString());
        assertTrue(
                promoted.path("challengerPrAuc").asDouble()
                        > promoted.path("championPrAuc").asDouble(),
                promoted.toString());
    }

    @Test
    void theEvidenceRowsAreNeverPartOfTheChallengersFit() {
        List<LabeledLead> leads = new SyntheticLeadGenerator(8).generate(5000);
        TrainingConfig config = TrainingConfig.builder()
                .seed(3)
                .folds(2)
                .smote(SmotePolicy.NONE)
                .randomForest(false)
                .xgboost(false)
                .dnn(DnnConfig.builder().maxEpochs(3).build())
                .build();
        TrainingResult r = new TrainingPipeline(config, PipelineListener.QUIET).train(leads);
        var check = r.timeCheck();
        assertTrue(check.testLeads().stream()
                .allMatch(l -> l.lead().createdAt().getMonth().compareTo(Month.OCTOBER) >= 0));
        int seen = 0;
        for (FoldData f : check.recipe().folds()) {
            seen += f.heldOut().rows();
        }
        assertEquals(check.trainRows(), seen, "the recipe's folds cover exactly the January-September rows");
        assertEquals(leads.size(), check.trainRows() + check.testRows());
    }

    private static int train(Path data, String store, String promote) {
        List<String> args =
                new ArrayList<>(List.of("train", "--data", data.toString(), "--store", store, "--promote", promote));
        args.addAll(List.of(QUICK));
        return TrainerMain.run(args.toArray(String[]::new));
    }

    private static JsonNode promotion(String store, String version) throws Exception {
        return new ObjectMapper()
                .readTree(Path.of(store, version, "metrics.json").toFile())
                .path("promotion");
    }

    private static void shuffleLabels(Path in, Path out, long seed) throws Exception {
        List<String> lines = Files.readAllLines(in);
        List<String> labels = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            labels.add(l.substring(l.lastIndexOf(',') + 1));
        }
        Collections.shuffle(labels, new Random(seed));
        List<String> result = new ArrayList<>();
        result.add(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i);
            result.add(l.substring(0, l.lastIndexOf(',') + 1) + labels.get(i - 1));
        }
        Files.write(out, result);
    }
}
