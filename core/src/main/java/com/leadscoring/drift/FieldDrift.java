package com.leadscoring.drift;

import java.util.List;

/**
 * How far one view of the new leads moved from its reference.
 *
 * @param name source field or {@code score}
 * @param view what is measured
 * @param psi population stability index
 * @param band stable, watch or shifted
 * @param bins bin labels
 * @param reference reference share per bin
 * @param current new leads' share per bin
 */
public record FieldDrift(
        String name, String view, double psi, Psi.Band band, List<String> bins, double[] reference, double[] current) {

    /** The bin whose change adds most to the PSI, for the console. */
    public int largestChange() {
        int best = 0;
        double max = -1;
        for (int i = 0; i < reference.length; i++) {
            double c = Psi.contribution(reference[i], current[i]);
            if (c > max) {
                max = c;
                best = i;
            }
        }
        return best;
    }
}
