package com.leadscoring.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadCsvRow;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.scoring.LeadScorer;
import org.junit.jupiter.api.Test;

/**
 * The rescoring batch handler scores a model of a later feature encoder with that encoder, as {@code function.jar
 * score} does.
 */
class BatchEncoderVersionsTest {

    @Test
    void aBatchIsScoredWithTheModelsOwnEncoder() throws Exception {
        ModelBundle other = ModelLoader.load(FixtureStore.location(), FixtureStore.OTHER_ENCODER_VERSION);
        assertEquals(FixtureStore.OTHER_ENCODER, other.manifest().encoderVersion());
        byte[] batch = BatchScoreHandlerTest.event("batch-good.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BatchScoreHandler(Serving.of(other)).handleRequest(new ByteArrayInputStream(batch), out, null);
        JsonNode answer = BatchScoreHandlerTest.JSON.readTree(out.toByteArray());
        assertEquals(
                FixtureStore.OTHER_ENCODER_VERSION, answer.at("/model/version").asText());

        List<Lead> leads = new ArrayList<>();
        for (LeadCsvRow row : BatchScoreHandlerTest.asCsv(
                BatchScoreHandlerTest.JSON.readTree(batch).get("Items"))) {
            leads.add(row.lead());
        }
        try (LeadScorer scorer = new LeadScorer(other)) {
            float[] expected = scorer.probabilities(leads);
            assertEquals(expected.length, answer.get("scores").size());
            for (int i = 0; i < expected.length; i++) {
                assertEquals(
                        expected[i],
                        answer.get("scores").get(i).get("probability").asDouble(),
                        0.5e-6 + 1e-7, // written at 6 decimals
                        leads.get(i).id());
            }
        }
    }
}
