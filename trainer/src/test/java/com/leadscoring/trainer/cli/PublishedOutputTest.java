package com.leadscoring.trainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.lead.Lead;
import com.leadscoring.model.Manifest;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelStore;
import com.leadscoring.model.ModelStores;
import com.leadscoring.model.ScoreDistributionJson;
import com.leadscoring.scoring.ModelScores;
import com.leadscoring.trainer.baseline.RandomForestConfig;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.PopulationShift;
import com.leadscoring.trainer.data.SyntheticCsv;
import com.leadscoring.trainer.dnn.DnnConfig;
import com.leadscoring.trainer.job.TrainingData;
import com.leadscoring.trainer.job.TrainingJob;
import com.leadscoring.trainer.pipeline.PipelineListener;
import com.leadscoring.trainer.pipeline.PublishedAlgorithm;
import com.leadscoring.trainer.pipeline.SmotePolicy;
import com.leadscoring.trainer.pipeline.TrainingConfig;
import com.leadscoring.trainer.report.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a run publishes and prints, against the output of the same run (same synthetic data, seed and clock) captured
 * before the trainer's refactoring of issue 30 (src/test/resources/published-output/): {@code metrics.json},
 * {@code report.html}, the console summary, {@code preprocessing.json}, {@code distribution.json} and the published
 * model's probabilities of the first leads must not change. Only what differs by nature from one run to the next is
 * masked: the version id, durations, library versions and the charts' pixels (their figures are in metrics.json);
 * metrics.json's keys are compared sorted. {@code -Dpublished.write=true} rewrites the fixtures.
 */
class PublishedOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper SORTED = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Pattern PNG = Pattern.compile("data:image/png;base64,[A-Za-z0-9+/=]+");
    private static final Pattern SECONDS = Pattern.compile("(?<=</td><td>)[0-9]+\\.[0-9]{4}(?=</td></tr>)");

    @ParameterizedTest
    @EnumSource(PublishedAlgorithm.class)
    void aRunPublishesWhatItPublishedBefore(PublishedAlgorithm algorithm, @TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("leads.csv");
        SyntheticCsv.write(csv.toString(), 3000, 7, PopulationShift.NONE);
        TrainingData.Loaded loaded = TrainingData.load(csv.toString(), false);
        List<LabeledLead> leads = loaded.result().leads();
        ModelStore store = ModelStores.open(tmp.resolve("store").toString());
        TrainingJob.Outcome o = new TrainingJob(
                        config(algorithm), PipelineListener.QUIET, Clock.fixed(NOW, ZoneOffset.UTC))
                .run(leads, new DataSource("leads.csv", loaded.sha256(), 0), Map.of("load", 1L), store);
        String version = o.manifest().modelVersion();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8)) {
            TrainingSummary.print(o, "store", out);
        }
        ModelBundle bundle = store.load(version);
        List<Lead> first = leads.subList(0, 50).stream().map(LabeledLead::lead).toList();
        StringBuilder probabilities = new StringBuilder();
        for (float p : ModelScores.probabilities(bundle, first)) {
            probabilities.append(p).append('\n');
        }

        Path fixtures = Path.of("src/test/resources/published-output", algorithm.id());
        check(fixtures.resolve("metrics.json"), metrics(store.file(version, Manifest.METRICS_FILE), version));
        check(fixtures.resolve("report.html"), report(store.file(version, Manifest.REPORT_FILE), version));
        check(fixtures.resolve("summary.txt"), summary(console.toString(StandardCharsets.UTF_8), version));
        check(fixtures.resolve("preprocessing.json"), text(store.file(version, Manifest.PREPROCESSING_FILE)));
        check(fixtures.resolve("distribution.json"), text(store.file(version, ScoreDistributionJson.FILE)));
        check(fixtures.resolve("probabilities.txt"), probabilities.toString());
    }

    /** A small run that still has every part: two network variants, every peer, the time check. */
    private static TrainingConfig config(PublishedAlgorithm algorithm) {
        return TrainingConfig.builder()
                .seed(7)
                .folds(3)
                .threads(2)
                .smote(SmotePolicy.AUTO)
                .dnn(DnnConfig.builder()
                        .hidden(new int[] {16, 8})
                        .maxEpochs(6)
                        .patience(3)
                        .seed(7)
                        .build())
                .randomForest(true)
                .forest(RandomForestConfig.builder().trees(10).build())
                .published(algorithm)
                .build();
    }

    private static String metrics(byte[] bytes, String version) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(bytes);
        tree.remove(List.of("modelVersion", "durationsMillis", "versions"));
        maskTimings(tree);
        // Keys sorted: some objects of metrics.json are Map.of, whose order changes from one JVM to the next.
        Object sorted = JSON.treeToValue(tree, Object.class);
        return SORTED.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(sorted)
                        .replace(version, "<version>") + "\n";
    }

    /** Every duration ({@code fitMillis}, an epoch's {@code millis}) replaced by a mark. */
    private static void maskTimings(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (String timing : List.of("fitMillis", "millis")) {
                if (o.has(timing)) {
                    o.put(timing, "<ms>");
                }
            }
        }
        node.forEach(PublishedOutputTest::maskTimings);
    }

    private static String report(byte[] bytes, String version) {
        String html = text(bytes).replace(version, "<version>");
        html = PNG.matcher(html).replaceAll("<png>");
        // Durations: the cross-validation table's fit seconds and the time per step.
        return SECONDS.matcher(html).replaceAll("<s>");
    }

    private static String summary(String console, String version) {
        return console.replace(version, "<version>")
                .replaceAll("(?m)^time per step:.*$", "time per step: <masked>")
                .replaceAll("(?m)^total .* s$", "total <masked>");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void check(Path fixture, String actual) throws IOException {
        if (Boolean.getBoolean("published.write")) {
            Files.createDirectories(fixture.getParent());
            Files.writeString(fixture, actual);
            return;
        }
        // The actual output beside the build's other reports, to diff against the fixture when they differ.
        Path copy = Path.of("target", fixture.toString());
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, actual);
        assertEquals(Files.readString(fixture), actual, fixture.toString());
    }
}
