package com.leadscoring.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.model.FieldLabelsJson;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelStores;
import com.leadscoring.model.ScoreDistributionJson;
import org.junit.jupiter.api.Test;

class ServedModelTest {

    @Test
    void holdsWhatItsFilesSayParsedOnce() throws Exception {
        // The version with labels and a distribution.
        ModelBundle bundle = ModelStores.open(FixtureStore.location()).load(FixtureStore.NEWEST_VERSION);
        try (ServedModel model = ServedModel.of(bundle)) {
            assertEquals(bundle.manifest().modelVersion(), model.version());
            assertSame(FeatureEncoders.forContract(bundle.preprocessing().contract()), model.encoder());
            assertEquals(bundle.preprocessing().normalization(), model.normalization());
            assertEquals(bundle.preprocessing().policy(), model.policy());
            assertEquals(FieldLabelsJson.of(bundle), model.labels());
            assertEquals(
                    ScoreDistributionJson.of(bundle).leads(),
                    model.distribution().leads());
            assertEquals(
                    model.encoder().sources().stream().distinct().count(),
                    model.groups().size());
            // The scorer reads the model's parsed state, not the files again.
            LeadScorer scorer = new LeadScorer(model);
            assertSame(model, scorer.model());
            assertSame(model.encoder(), scorer.encoder());
        }
    }

    @Test
    void aSpecEncoderIsResolvedOnce() {
        assertSame(
                FeatureEncoders.forVersion(FixtureStore.OTHER_ENCODER),
                FeatureEncoders.forVersion(FixtureStore.OTHER_ENCODER));
    }

    @Test
    void refusesAGraphNarrowerOrWiderThanItsEncoder() throws Exception {
        ModelBundle v1 = ModelStores.open(FixtureStore.location()).load(FixtureStore.NEWEST_VERSION);
        ModelBundle other = ModelStores.open(FixtureStore.location()).load(FixtureStore.OTHER_ENCODER_VERSION);
        // The other encoder's files around the 24-wide v1 graph: every file checks out, the graph does not fit them.
        ModelBundle mixed = new ModelBundle(
                other.manifest(), v1.onnxModel(), other.preprocessing(), other.metricsJson(), other.otherFiles());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ServedModel.of(mixed));
        assertTrue(e.getMessage().contains("makes rows of " + FixtureStore.OTHER_ENCODER_FEATURES), e.getMessage());
        assertTrue(e.getMessage().contains(other.manifest().modelVersion()), e.getMessage());
    }

    @Test
    void refusesAGraphExportedForAnotherEncoder() throws Exception {
        ModelBundle v1 = ModelStores.open(FixtureStore.location()).load(FixtureStore.NEWEST_VERSION);
        ModelBundle other = ModelStores.open(FixtureStore.location()).load(FixtureStore.OTHER_ENCODER_VERSION);
        ModelBundle mixed = new ModelBundle(
                other.manifest(), v1.onnxModel(), other.preprocessing(), other.metricsJson(), other.otherFiles());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ServedModel.of(mixed));
        // The exporter's metadata names v1; the files name the other encoder.
        assertTrue(
                e.getMessage()
                        .contains("exported for encoder "
                                + v1.preprocessing().contract().encoderVersion()),
                e.getMessage());
        assertEquals(
                List.of(), FeatureEncoders.differences(other.preprocessing().contract()));
    }
}
