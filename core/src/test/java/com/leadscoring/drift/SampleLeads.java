package com.leadscoring.drift;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadCsvWriter;

/**
 * Seeded random leads for tests that cannot use the trainer's generator (the function's): a fixed population, or the
 * same population with its signups moved (most leads without one, the rest signed up long before), which the drift
 * rules must flag on {@code signup_date}.
 */
public final class SampleLeads {

    private SampleLeads() {}

    public static List<Lead> generate(long seed, int rows, boolean signupShifted) {
        Random r = new Random(seed);
        List<Lead> out = new ArrayList<>(rows);
        LocalDate first = LocalDate.of(2021, 1, 4);
        for (int i = 0; i < rows; i++) {
            LocalDate created = first.plusDays(r.nextInt(364));
            LocalDate signup;
            if (signupShifted) {
                signup = r.nextDouble() < 0.8 ? null : created.minusDays(300 + r.nextInt(400));
            } else {
                signup = r.nextDouble() < 0.3 ? null : created.minusDays(r.nextInt(60));
            }
            Integer products = r.nextDouble() < 0.1 ? null : r.nextInt(5);
            int[] activity = new int[Lead.ACTIVITY_COUNT];
            for (int k = 0; k < activity.length; k++) {
                activity[k] = r.nextDouble() < 0.6 ? 0 : r.nextInt(k % 3 == 0 ? 3 : 8);
            }
            out.add(new Lead("lead-" + i, created, r.nextInt(15) + 1, r.nextInt(20) + 1, products, signup, activity));
        }
        return out;
    }

    /** The leads as a CSV in the data set's format. */
    public static String csv(List<Lead> leads) throws IOException {
        StringWriter w = new StringWriter();
        try (LeadCsvWriter csv = new LeadCsvWriter(w, List.of())) {
            for (Lead l : leads) {
                csv.write(l);
            }
        }
        return w.toString();
    }
}
