package com.leadscoring.bootstrap;

import com.leadscoring.capturing.Capture;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.scoring.LeadScorer;
import com.leadscoring.tracing.Tracer;

/** Test builders of a {@link Serving}: a given scorer, a scoring that fails or counts, a tracer that records. */
public final class TestServing {

    private TestServing() {}

    /** Over {@code bundle}, scoring with {@code scorer} (a closed one, say). */
    public static Serving of(ModelBundle bundle, LeadScorer scorer) {
        return new Serving(bundle, scorer.model(), scorer::score, Tracer.NONE, Capture.OFF);
    }

    /** Over {@code bundle}, scoring through {@code scoring} (a failing or counting model). */
    public static Serving scoring(ModelBundle bundle, Serving.Scoring scoring) {
        Serving real = Serving.of(bundle);
        return new Serving(bundle, real.model(), scoring, Tracer.NONE, Capture.OFF);
    }

    /** Over {@code bundle}, with {@code tracer} timing each request's steps. */
    public static Serving traced(ModelBundle bundle, Tracer tracer) {
        Serving real = Serving.of(bundle);
        return new Serving(bundle, real.model(), real.scoring(), tracer, Capture.OFF);
    }
}
