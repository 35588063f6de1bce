package com.leadscoring.realized;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.decision.GradeBand;
import com.leadscoring.model.ModelBundle;

/**
 * What a model version promised, from the files it was published with: its out-of-fold ROC AUC (the manifest's
 * provenance {@code cvRocAuc}) and its out-of-fold conversion per grade ({@code metrics.json} {@code grades}), grades
 * in band order (best first). A figure a version was published without is null: nothing to compare with.
 *
 * @param modelVersion the version
 * @param rocAuc out-of-fold ROC AUC, or null
 * @param conversionByGrade out-of-fold conversion per grade, best grade first (empty when not stored)
 * @param grades the version's grades, best first
 */
public record Expected(String modelVersion, Double rocAuc, Map<String, Double> conversionByGrade, List<String> grades) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Expected {
        conversionByGrade = Collections.unmodifiableMap(new LinkedHashMap<>(conversionByGrade));
        grades = List.copyOf(grades);
    }

    /** Nothing known about {@code modelVersion} (not in the store, or no store given). */
    public static Expected unknown(String modelVersion) {
        return new Expected(modelVersion, null, Map.of(), List.of());
    }

    /** The promises of a loaded version. */
    public static Expected of(ModelBundle bundle) throws IOException {
        Map<String, Object> provenance = bundle.manifest().provenance();
        Double auc = provenance != null && provenance.get("cvRocAuc") instanceof Number n ? n.doubleValue() : null;
        Map<String, Double> conversion = new LinkedHashMap<>();
        if (bundle.metricsJson() != null) {
            JsonNode grades = JSON.readTree(bundle.metricsJson()).path("grades");
            for (JsonNode g : grades) {
                if (g.path("grade").isTextual() && g.path("conversion").isNumber()) {
                    conversion.put(g.get("grade").asText(), g.get("conversion").asDouble());
                }
            }
        }
        List<String> grades = bundle.preprocessing().policy().gradeBands().stream()
                .map(GradeBand::grade)
                .toList();
        return new Expected(bundle.manifest().modelVersion(), auc, conversion, grades);
    }
}
