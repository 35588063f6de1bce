package com.leadscoring.trainer.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A deliberate change of the synthetic population, to test and demonstrate drift monitoring. Each moves one or two
 * source fields (and, through the label model, the score); everything else keeps its distribution.
 */
public enum PopulationShift {
    /** The generator as is. */
    NONE("none", "no shift"),
    /**
     * Campaign mix moves to later campaigns: {@code campaign_var_1} (and with it {@code campaign_var_2}) about doubles.
     */
    CAMPAIGN("campaign", "campaign_var_1 and campaign_var_2 move to higher campaigns"),
    /**
     * Half as many leads sign up (60 % → 30 %): {@code signup_date} missing more often, {@code products_purchased} too.
     */
    SIGNUP("signup", "signups fall from 60 % to 30 % (signup_date and products_purchased missing more often)"),
    /** Less engaged leads: every {@code user_activity_var_*} falls, and so does the score. */
    ACTIVITY("activity", "engagement falls: user_activity_var_* lower, fewer buyers");

    private final String id;
    private final String description;

    PopulationShift(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The shift called {@code id}; the message lists the choices. */
    public static PopulationShift of(String id) {
        for (PopulationShift s : values()) {
            if (s.id.equals(id.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown shift '" + id + "', expected one of "
                + Arrays.stream(values()).map(PopulationShift::id).collect(Collectors.joining(", ")));
    }
}
