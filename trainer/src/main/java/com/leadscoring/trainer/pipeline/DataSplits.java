package com.leadscoring.trainer.pipeline;

import java.util.List;

import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.split.Split;
import com.leadscoring.trainer.split.StratifiedSplitter;

/**
 * Step 2, split: the stratified validation hold-out (never used for any choice), then a stratified tuning slice of
 * the rest (early stopping, calibration, thresholds); what remains is fitted on.
 *
 * @param fit        rows the models are fitted on (and the normalization is fitted on)
 * @param tune       rows for early stopping, calibration and threshold choice
 * @param validation the hold-out every reported figure comes from
 */
public record DataSplits(List<LabeledLead> fit, List<LabeledLead> tune, List<LabeledLead> validation) {

    public static DataSplits of(List<LabeledLead> leads, double validationFraction, double tuneFraction, long seed) {
        Split<LabeledLead> outer = new StratifiedSplitter(seed).split(leads, LabeledLead::buy, validationFraction);
        // The tuning share is of the whole data set, so 80/20 with tuneFraction 0.1 gives 70/10/20.
        double innerFraction = tuneFraction / (1 - validationFraction);
        Split<LabeledLead> inner = new StratifiedSplitter(seed + 1).split(outer.first(), LabeledLead::buy, innerFraction);
        if (inner.first().stream().noneMatch(LabeledLead::buy) || inner.second().stream().noneMatch(LabeledLead::buy)
                || outer.second().stream().noneMatch(LabeledLead::buy)) {
            throw new IllegalArgumentException("too few buyers (" + leads.stream().filter(LabeledLead::buy).count()
                    + " of " + leads.size() + " leads) for a fitting, tuning and validation split");
        }
        return new DataSplits(inner.first(), inner.second(), outer.second());
    }
}
