package com.leadscoring.outcome;

import java.util.Map;

/**
 * The decisions of an outcomes file, one per lead id.
 *
 * @param source where they were read
 * @param versionId the S3 object version read (null: a local file, or a bucket without versioning)
 * @param byId the latest decision of each id
 * @param rows data rows read
 * @param repeated rows whose id an earlier or later row also had (all but one of them do not count)
 */
public record Outcomes(String source, String versionId, Map<String, Outcome> byId, long rows, long repeated) {

    public Outcomes {
        byId = Map.copyOf(byId);
    }

    /** The decision of {@code id}; null when sales has not decided. */
    public Outcome of(String id) {
        return byId.get(id);
    }
}
