package com.leadscoring.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadCsvReader;
import com.leadscoring.lead.LeadCsvRow;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelStoreException;
import com.leadscoring.model.ModelStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version published before the core module existed (the fixture store, written by that trainer) loads and scores
 * exactly as it did then: {@code compat/scores-v1.csv} holds what the function of that time answered for
 * {@code compat/leads.csv} ({@code function.jar score --explain}).
 */
class PublishedVersionCompatibilityTest {

    @Test
    void anOlderVersionScoresAsItDidWhenPublished() throws Exception {
        ModelBundle bundle = ModelStores.open(FixtureStore.location()).load(null);
        List<Lead> leads = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(Path.of("src/test/resources/compat/leads.csv"));
                LeadCsvReader csv = LeadCsvReader.open(r, "leads.csv", List.of("buy"))) {
            for (LeadCsvRow row : csv) {
                leads.add(row.lead());
            }
        }
        List<String> expected =
                Files.readAllLines(Path.of("src/test/resources/compat/scores-v1.csv"), StandardCharsets.UTF_8);
        assertEquals(leads.size() + 1, expected.size());
        try (LeadScorer scorer = new LeadScorer(bundle)) {
            List<LeadScore> scores = scorer.score(leads, true);
            for (int i = 0; i < leads.size(); i++) {
                String[] cells = expected.get(i + 1).split(",", -1);
                LeadScore s = scores.get(i);
                assertEquals(cells[1], leads.get(i).id());
                assertEquals(Double.parseDouble(cells[2]), s.probability(), 1e-6, "lead " + cells[1]);
                assertEquals(Integer.parseInt(cells[3]), s.score());
                assertEquals(Boolean.parseBoolean(cells[4]), s.buy());
                assertEquals(cells[5], s.grade());
                String topFactor = cells[6].isEmpty() ? "" : cells[6].split(" ")[0].replaceAll("[+-][0-9.]+$", "");
                if (!topFactor.isEmpty()) {
                    assertEquals(topFactor, s.factors().get(0).feature(), "lead " + cells[1]);
                }
            }
        }
    }

    @Test
    void aManifestOfAnotherFormatVersionIsRefusedByName(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("store");
        copy(FixtureStore.path(), store);
        String version = Files.readString(store.resolve("latest")).strip();
        Path manifest = store.resolve(version).resolve("manifest.json");
        Files.writeString(
                manifest,
                Files.readString(manifest).replaceFirst("\"schemaVersion\"\\s*:\\s*1", "\"schemaVersion\" : 2"));
        ModelStoreException e = assertThrows(
                ModelStoreException.class,
                () -> ModelStores.open(store.toString()).load(null));
        assertTrue(e.getMessage().contains("manifest.json has schema version 2, this code reads 1"), e.getMessage());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
