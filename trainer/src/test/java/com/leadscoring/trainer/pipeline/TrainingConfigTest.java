package com.leadscoring.trainer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.trainer.grading.GradePolicy;
import org.junit.jupiter.api.Test;

/** The configuration split by what it decides, and the canonical text the version id hashes. */
class TrainingConfigTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCanonicalJsonSortsEveryObjectsKeys() throws Exception {
        JsonNode tree = JSON.readTree(TrainingConfig.builder().build().canonicalJson());
        assertSorted(tree, "$");
        assertEquals(List.of("publication", "recipe"), names(tree));
        assertEquals("shares:5,10,25", tree.get("publication").get("grades").asText());
        assertEquals(
                FeatureEncoders.DEFAULT_VERSION,
                tree.get("recipe").get("encoder").asText());
        assertTrue(tree.get("recipe").get("dnn").has("hidden"), "nested settings by their record components");
    }

    @Test
    void itChangesWithWhatIsFittedOrPublishedAndNotWithHowFast() {
        String base = TrainingConfig.builder().build().canonicalJson();
        assertEquals(base, TrainingConfig.builder().build().canonicalJson(), "equal configurations, equal text");
        assertEquals(base, TrainingConfig.builder().threads(7).build().canonicalJson(), "threads decide nothing");
        assertNotEquals(base, TrainingConfig.builder().seed(125).build().canonicalJson());
        assertNotEquals(base, TrainingConfig.builder().folds(3).build().canonicalJson());
        assertNotEquals(
                base,
                TrainingConfig.builder()
                        .grades(GradePolicy.parse("shares:5,10,20"))
                        .build()
                        .canonicalJson());
        assertNotEquals(
                base,
                TrainingConfig.builder()
                        .published(PublishedAlgorithm.LOGISTIC_REGRESSION)
                        .build()
                        .canonicalJson());
    }

    @Test
    void theBuilderFillsBothParts() {
        TrainingConfig c = TrainingConfig.builder()
                .seed(9)
                .folds(4)
                .published(PublishedAlgorithm.LOGISTIC_REGRESSION)
                .build();
        assertEquals(9, c.recipe().seed());
        assertEquals(4, c.recipe().folds());
        assertEquals(9, c.recipe().dnn().seed(), "the network's seed follows the run's");
        assertEquals(PublishedAlgorithm.LOGISTIC_REGRESSION, c.publication().algorithm());
        assertEquals(GradePolicy.DEFAULT, c.publication().grades());
    }

    private static void assertSorted(JsonNode node, String path) {
        if (node.isObject()) {
            List<String> keys = names(node);
            List<String> sorted = new ArrayList<>(keys);
            sorted.sort(null);
            assertEquals(sorted, keys, path);
        }
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            assertSorted(node.get(k), path + "." + k);
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
