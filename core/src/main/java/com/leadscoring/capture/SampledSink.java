package com.leadscoring.capture;

import java.util.ArrayList;
import java.util.List;

/**
 * Captures {@code percent} % of leads, chosen by lead id: a lead is either always captured or never, so the first
 * capture of a sampled lead is still the first score sales saw, and the sample needs no random state.
 */
public final class SampledSink implements CaptureSink {

    private final CaptureSink inner;
    private final int percent;

    private SampledSink(CaptureSink inner, int percent) {
        this.inner = inner;
        this.percent = percent;
    }

    /** {@code inner} at {@code percent} (0..100): at 100 it is {@code inner} itself, at 0 {@link #OFF}. */
    public static CaptureSink of(CaptureSink inner, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("capture sampling must be a percentage 0..100, got " + percent);
        }
        if (percent == 100) {
            return inner;
        }
        return percent == 0 ? OFF : new SampledSink(inner, percent);
    }

    /** Whether the lead with {@code id} is in a {@code percent} % sample. */
    public static boolean sampled(String id, int percent) {
        // A fixed mix of the id's hash, so neighbouring ids do not fall into the same hundredth.
        int h = id.hashCode() * 0x9E3779B9;
        return Math.floorMod(h ^ (h >>> 16), 100) < percent;
    }

    @Override
    public void capture(List<CaptureRecord> records) {
        List<CaptureRecord> kept = new ArrayList<>(records.size());
        for (CaptureRecord r : records) {
            if (sampled(r.id(), percent)) {
                kept.add(r);
            }
        }
        if (!kept.isEmpty()) {
            inner.capture(kept);
        }
    }
}
