package com.leadscoring.trainer.job;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import com.leadscoring.model.ModelStore;
import com.leadscoring.model.ModelStoreException;
import com.leadscoring.model.ModelStores;
import com.leadscoring.outcome.OutcomeCsvReader;
import com.leadscoring.outcome.Outcomes;
import com.leadscoring.realized.Expected;
import com.leadscoring.realized.FirstCaptures;
import com.leadscoring.realized.RealizedAccuracy;
import com.leadscoring.realized.RealizedReport;

/**
 * {@code evaluate} as one call: the outcomes, the captures (first capture per lead), and each scoring version's
 * promises from the store, into a {@link RealizedReport}. A version the store does not hold (or no store) is reported
 * without expected figures rather than failing: captures outlive the versions that made them.
 */
public final class RealizedEvaluation {

    private RealizedEvaluation() {}

    /**
     * @param store the model store, or null to report realized figures only
     * @param unknownAfter undecided leads first scored longer ago count as not bought; null leaves them out
     */
    public static RealizedReport run(String captures, String outcomes, String store, Duration unknownAfter, Clock clock)
            throws IOException, ModelStoreException {
        Outcomes decided = OutcomeCsvReader.load(outcomes);
        FirstCaptures first = FirstCaptures.read(captures);
        ModelStore models = store == null ? null : ModelStores.open(store);
        Set<String> published = models == null ? Set.of() : new HashSet<>(models.listVersions());
        return RealizedAccuracy.evaluate(
                first,
                decided,
                v -> published.contains(v) ? Expected.of(models.load(v)) : Expected.unknown(v),
                unknownAfter,
                clock.instant());
    }
}
