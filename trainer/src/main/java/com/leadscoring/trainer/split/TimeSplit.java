package com.leadscoring.trainer.split;

import java.util.ArrayList;
import java.util.List;

import com.leadscoring.trainer.data.LabeledLead;

/** The calendar split of the time-based check: leads created in months 1..m versus later months. */
public final class TimeSplit {

    private TimeSplit() {}

    public static Split<LabeledLead> byCreatedMonth(List<LabeledLead> leads, int lastMonthOfFirst) {
        if (lastMonthOfFirst < 1 || lastMonthOfFirst > 11) {
            throw new IllegalArgumentException("last month of the first period must be 1..11, got " + lastMonthOfFirst);
        }
        List<LabeledLead> early = new ArrayList<>();
        List<LabeledLead> late = new ArrayList<>();
        for (LabeledLead l : leads) {
            (l.lead().createdAt().getMonthValue() <= lastMonthOfFirst ? early : late).add(l);
        }
        return new Split<>(early, late);
    }
}
