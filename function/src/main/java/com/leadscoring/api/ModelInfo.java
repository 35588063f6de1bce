package com.leadscoring.api;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.decision.GradeBand;

/** The body of {@code GET /v1/model}, built once when the model loads. */
final class ModelInfo {

    private ModelInfo() {
    }

    static String json(ModelBundle bundle) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode n = mapper.createObjectNode();
        n.put("version", bundle.manifest().modelVersion());
        n.put("createdAt", bundle.manifest().createdAt().toString());
        n.put("algorithm", bundle.manifest().algorithm());
        n.put("threshold", bundle.preprocessing().threshold());
        var bands = n.putArray("gradeBands");
        for (GradeBand b : bundle.preprocessing().policy().gradeBands()) {
            bands.addObject().put("grade", b.grade()).put("minScore", b.minScore());
        }
        var names = n.putArray("featureNames");
        bundle.manifest().featureNames().forEach(names::add);
        n.put("encoderVersion", bundle.manifest().encoderVersion());
        try {
            JsonNode metrics = mapper.readTree(bundle.metricsJson());
            n.set("validation", metrics.path("validation").isMissingNode() ? mapper.createObjectNode() : metrics.get("validation"));
        } catch (IOException e) {
            n.putObject("validation");
        }
        Object sha = bundle.manifest().provenance() == null ? null : bundle.manifest().provenance().get("dataSha256");
        n.put("dataSha256", sha == null ? null : sha.toString());
        try {
            return mapper.writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
