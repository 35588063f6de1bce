package com.leadscoring.drift;

/**
 * The reference distribution of one view: its bins and the share of training rows in each.
 *
 * @param name the source field ({@code created_at}, {@code campaign_var_1}, ...) or {@code score}
 * @param view what is measured
 * @param binning the bins, reused as they are for new leads
 * @param shares share of training rows per bin, summing to 1
 */
public record Distribution(String name, String view, Binning binning, double[] shares) {

    public Distribution {
        if (shares.length != binning.size()) {
            throw new IllegalArgumentException(name + ": " + shares.length + " shares for " + binning.size() + " bins");
        }
        shares = shares.clone();
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }

    /** Share of missing values (0 when the view has no missing bin). */
    public double missingShare() {
        return binning.missingBin() ? shares[binning.missingIndex()] : 0;
    }
}
