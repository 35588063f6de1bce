package com.leadscoring.trainer.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.leadscoring.lead.FieldLabels;
import com.leadscoring.trainer.grading.GradePolicy;

/**
 * What is published with the model, chosen among what the recipe fitted: which model is served, how its grade bands are
 * chosen from its out-of-fold probabilities, and the words for its reasons.
 *
 * @param algorithm which model is exported and published
 * @param grades how the published model's grade bands are chosen from its out-of-fold probabilities
 * @param labels words for the lead fields, stored with the model for its reasons (none: field names)
 */
public record PublicationConfig(PublishedAlgorithm algorithm, GradePolicy grades, FieldLabels labels) {

    public PublicationConfig {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(grades, "grades");
        Objects.requireNonNull(labels, "labels");
    }

    /** Every setting by name, for the version id's canonical serialization. */
    public Map<String, Object> canonical() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithm", algorithm.id());
        m.put("grades", grades.toString());
        m.put("labels", labels.labels());
        m.put("descriptions", labels.descriptions());
        return m;
    }
}
