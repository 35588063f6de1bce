package com.leadscoring.lead;

import java.time.LocalDate;
import java.util.Random;

/**
 * Made-up leads for priming, samples and test events (never taken from the real data set), built field by field from
 * {@link LeadField} so a new field is filled here, not in each place that needs a lead.
 */
public final class SampleLeads {

    private static final int ACTIVITY_FIELDS = countActivityFields();

    private SampleLeads() {}

    /**
     * The {@code i}-th of a sequence of valid leads whose values vary as real ones do, deterministically: every month
     * and day of 2021, one- and two-digit campaign numbers, small activity counts, and every odd one without the
     * optional fields. Code warmed on one repeated lead has seen only its branches; this sequence reaches them all.
     */
    public static Lead varied(String id, int i) {
        LocalDate created = LocalDate.of(2021, 1 + i % 12, 1 + i % 28);
        boolean optional = i % 2 == 0;
        Integer products = optional ? 1 + i / 2 % LeadField.MAX_PRODUCTS : null;
        LocalDate signup = optional ? LocalDate.of(2018 + i % 3, 1 + i % 12, 1 + i % 28) : null;
        int[] activity = new int[ACTIVITY_FIELDS];
        for (int k = 0; k < activity.length; k++) {
            activity[k] = (i + k + 1) % 3;
        }
        return new Lead(id, created, i % 16, i * 7 % 16, products, signup, activity);
    }

    /**
     * A valid lead drawn from {@code random} with the data set's common values (campaign numbers 1–15, activity counts
     * mostly 0, signups in 2019–2020), with or without the optional fields.
     */
    public static Lead random(String id, Random random, boolean withSignup, boolean withProducts) {
        LocalDate created = LocalDate.of(2021, 1 + random.nextInt(12), 1 + random.nextInt(28));
        int campaign1 = 1 + random.nextInt(15);
        int campaign2 = 1 + random.nextInt(15);
        Integer products = withProducts ? 1 + random.nextInt(LeadField.MAX_PRODUCTS) : null;
        LocalDate signup = withSignup
                ? LocalDate.of(2019 + random.nextInt(2), 1 + random.nextInt(12), 1 + random.nextInt(28))
                : null;
        int[] activity = new int[ACTIVITY_FIELDS];
        int[] common = {0, 0, 0, 1, 1, 2};
        for (int k = 0; k < activity.length; k++) {
            activity[k] = common[random.nextInt(common.length)];
        }
        return new Lead(id, created, campaign1, campaign2, products, signup, activity);
    }

    private static int countActivityFields() {
        int count = 0;
        for (LeadField field : LeadField.values()) {
            if (field.fieldName().startsWith("user_activity_var_")) {
                count++;
            }
        }
        return count;
    }
}
