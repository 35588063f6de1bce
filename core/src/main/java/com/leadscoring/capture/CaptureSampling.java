package com.leadscoring.capture;

/**
 * Which leads a sampled capture takes, chosen by lead id: a lead is either always captured or never, so the first
 * capture of a sampled lead is still the first score sales saw, and the sample needs no random state.
 */
public final class CaptureSampling {

    private CaptureSampling() {}

    /** Whether the lead with {@code id} is in a {@code percent} % sample (0..100). */
    public static boolean sampled(String id, int percent) {
        if (percent >= 100) {
            return true;
        }
        // A fixed mix of the id's hash, so neighbouring ids do not fall into the same hundredth.
        int h = id.hashCode() * 0x9E3779B9;
        return Math.floorMod(h ^ (h >>> 16), 100) < percent;
    }
}
