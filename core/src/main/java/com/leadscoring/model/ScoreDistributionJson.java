package com.leadscoring.model;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.leadscoring.decision.ScoreDistribution;

/**
 * {@code distribution.json}: a version's {@link ScoreDistribution}, listed and checksummed in its manifest like every
 * file. Versions published before it existed have none, and their scores carry no percentile.
 */
public final class ScoreDistributionJson {

    public static final String FILE = "distribution.json";

    private static final Set<String> FIELDS = Set.of("of", "leads", "quantiles");
    private static final String OF = "out-of-fold calibrated probabilities of the training leads";

    private ScoreDistributionJson() {}

    public static byte[] toJson(ScoreDistribution d) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("of", OF);
        file.put("leads", d.leads());
        file.put("quantiles", d.quantiles());
        return JsonFields.write(file);
    }

    public static ScoreDistribution fromJson(byte[] json) throws IOException {
        JsonFields f = JsonFields.parse(FILE, json, FIELDS);
        try {
            return new ScoreDistribution(f.integer("leads"), f.doubles("quantiles"));
        } catch (IllegalArgumentException e) {
            throw new IOException(FILE + " is not valid: " + e.getMessage(), e);
        }
    }

    /** The bundle's distribution, or {@code null} when its version has none. */
    public static ScoreDistribution of(ModelBundle bundle) throws IOException {
        byte[] json = bundle.otherFiles().get(FILE);
        return json == null ? null : fromJson(json);
    }
}
