package com.leadscoring.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.jr.ob.JSON;
import com.leadscoring.decision.GradeBand;
import com.leadscoring.features.FeatureGroups;
import com.leadscoring.lead.FieldLabels;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.scoring.ServedModel;
import com.leadscoring.wire.Decimals;

/**
 * The body of {@code GET /v1/model}, built once when the model loads. jackson-jr, not databind: this runs in every cold
 * start, and databind's first use costs more than the rest of building the handler.
 */
final class ModelInfo {

    private ModelInfo() {}

    /** {@code model} is {@code bundle}'s, served: its labels and feature groups, parsed and built once per load. */
    static String json(ModelBundle bundle, ServedModel model) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("version", bundle.manifest().modelVersion());
        n.put("createdAt", bundle.manifest().createdAt().toString());
        n.put("algorithm", bundle.manifest().algorithm());
        n.put("threshold", rounded(bundle.preprocessing().threshold()));
        n.put(
                "gradeBands",
                rounded(bundle.preprocessing().policy().gradeBands().stream()
                        .map(GradeBand::asJsonFields)
                        .toList()));
        n.put("featureNames", bundle.manifest().featureNames());
        n.put("encoderVersion", bundle.manifest().encoderVersion());
        n.put("fieldLabels", fieldLabels(model));
        n.put("validation", rounded(validation(bundle.metricsJson())));
        Object sha = bundle.manifest().provenance() == null
                ? null
                : bundle.manifest().provenance().get("dataSha256");
        n.put("dataSha256", sha == null ? null : sha.toString());
        try {
            return JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES).asString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code value} with every fractional number in it (thresholds, band starts, validation figures: probabilities and
     * measures on their scale) at {@link Decimals#PROBABILITY} decimals, as plain decimals; integers as they are.
     */
    static Object rounded(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(Decimals.text(d, Decimals.PROBABILITY)) : value;
        }
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, rounded(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(ModelInfo::rounded).toList();
        }
        return value;
    }

    /** Every field a reason can name, with its label and description (the field's name and "" when it has none). */
    private static List<Map<String, String>> fieldLabels(ServedModel model) {
        FieldLabels labels = model.labels();
        FeatureGroups groups = model.groups();
        List<Map<String, String>> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("field", groups.name(g));
            f.put("label", labels.label(groups.name(g)));
            f.put("description", labels.description(groups.name(g)));
            out.add(f);
        }
        return out;
    }

    /** The {@code validation} object of {@code metrics.json}; empty when the file has none or cannot be read. */
    private static Object validation(byte[] metricsJson) {
        try {
            Object v =
                    metricsJson == null ? null : JSON.std.mapFrom(metricsJson).get("validation");
            return v instanceof Map ? v : Map.of();
        } catch (IOException e) {
            return Map.of();
        }
    }
}
