package com.leadscoring.trainer.lifecycle;

import java.util.List;
import java.util.Locale;

import com.leadscoring.trainer.data.LabeledLead;

/**
 * How much data a training run needs. Below the hard minimum the run is refused before anything is fitted or published
 * (Einstein and Dynamics 365 refuse too little data as well); below the soft level it goes on with a warning, because
 * hold-out and cross-validation figures on a few hundred buyers swing by several points between seeds.
 *
 * @param minBuyers refuse below this many buyers
 * @param minLeads refuse below this many leads
 * @param softBuyers warn below this many buyers
 * @param softLeads warn below this many leads
 */
public record MinimumData(int minBuyers, int minLeads, int softBuyers, int softLeads) {

    public static final int DEFAULT_MIN_BUYERS = 100;
    public static final int DEFAULT_MIN_LEADS = 1_000;
    public static final int DEFAULT_SOFT_BUYERS = 300;
    public static final int DEFAULT_SOFT_LEADS = 3_000;

    public MinimumData {
        if (minBuyers < 0 || minLeads < 0) {
            throw new IllegalArgumentException("minimum buyers and leads must not be negative");
        }
        // A warning level under the refusal level would never fire; keep it at least as strict.
        softBuyers = Math.max(softBuyers, minBuyers);
        softLeads = Math.max(softLeads, minLeads);
    }

    /**
     * The product defaults with the given hard minimums (the soft levels stay at 300 buyers / 3,000 leads or above).
     */
    public static MinimumData of(int minBuyers, int minLeads) {
        return new MinimumData(minBuyers, minLeads, DEFAULT_SOFT_BUYERS, DEFAULT_SOFT_LEADS);
    }

    /** What a check found. */
    public enum Level {
        OK,
        WARN,
        REFUSE
    }

    /**
     * The outcome of a check.
     *
     * @param level ok, warn or refuse
     * @param leads leads counted
     * @param buyers buyers counted
     * @param message one line saying why (empty when ok)
     */
    public record Verdict(Level level, int leads, int buyers, String message) {}

    /** Checks loaded leads (labels count as buyers). */
    public Verdict check(List<LabeledLead> leads) {
        int buyers = 0;
        for (LabeledLead l : leads) {
            buyers += l.buy() ? 1 : 0;
        }
        return check(leads.size(), buyers);
    }

    public Verdict check(int leads, int buyers) {
        if (buyers < minBuyers || leads < minLeads) {
            return new Verdict(
                    Level.REFUSE,
                    leads,
                    buyers,
                    String.format(
                            Locale.ROOT,
                            "too little data to train: %d leads with %d buyers, the minimum is %d leads and %d buyers "
                                    + "(--min-leads, --min-buyers); nothing was published",
                            leads,
                            buyers,
                            minLeads,
                            minBuyers));
        }
        if (buyers < softBuyers || leads < softLeads) {
            String which = buyers < softBuyers && leads < softLeads
                    ? String.format(
                            Locale.ROOT,
                            "%d leads and %d buyers (fewer than %d and %d)",
                            leads,
                            buyers,
                            softLeads,
                            softBuyers)
                    : buyers < softBuyers
                            ? String.format(Locale.ROOT, "%d buyers (fewer than %d)", buyers, softBuyers)
                            : String.format(Locale.ROOT, "%d leads (fewer than %d)", leads, softLeads);
            return new Verdict(Level.WARN, leads, buyers, "only " + which + ": evaluation figures will be unreliable");
        }
        return new Verdict(Level.OK, leads, buyers, "");
    }
}
