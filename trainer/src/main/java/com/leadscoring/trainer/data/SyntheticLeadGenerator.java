package com.leadscoring.trainer.data;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import com.leadscoring.lead.Lead;
import com.leadscoring.trainer.calibration.Sigmoid;

/**
 * Makes realistic synthetic leads for tests and the demo (the real data set never enters the project). The marginals
 * follow the data set: about 5 % buyers, about 40 % without signup, products missing about half the time, small
 * activity counts. {@code buy} depends non-trivially on the fields the real data's buyers are known for (signup,
 * activity vars 9 and 2, engagement, time since signup), with noise, so models reach a meaningful but imperfect F1.
 * Deterministic for a seed.
 */
public final class SyntheticLeadGenerator {

    /** Per-activity base rates of a non-zero value, loosely after the real data set. */
    private static final double[] ACTIVITY_RATE = {
        0.30, 0.02, 0.10, 0.05, 0.10, 0.25, 0.35, 0.25, 0.03, 0.01, 0.30, 0.02
    };
    /** Largest value per activity variable. */
    private static final int[] ACTIVITY_MAX = {3, 1, 2, 1, 2, 3, 2, 2, 1, 1, 4, 1};

    private static final double[] PRODUCT_WEIGHTS = {0.25, 0.45, 0.20, 0.10};
    private static final LocalDate YEAR_START = LocalDate.of(2021, 1, 1);
    private static final LocalDate EARLIEST_SIGNUP = LocalDate.of(2015, 1, 1);

    private final SplittableRandom random;
    private final PopulationShift shift;
    private long nextId = 1;

    public SyntheticLeadGenerator(long seed) {
        this(seed, PopulationShift.NONE);
    }

    /**
     * A generator of a shifted population (drift tests and demos), deterministic for a seed like the plain one;
     * {@link PopulationShift#NONE} gives exactly the plain generator's leads.
     */
    public SyntheticLeadGenerator(long seed, PopulationShift shift) {
        this.random = new SplittableRandom(seed);
        this.shift = Objects.requireNonNull(shift, "shift");
    }

    /** {@code rows} leads with labels. */
    public List<LabeledLead> generate(int rows) {
        List<LabeledLead> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            out.add(next());
        }
        return out;
    }

    /** The next lead. */
    public LabeledLead next() {
        LocalDate created = YEAR_START.plusDays(random.nextInt(365));
        double campaignScale = shift == PopulationShift.CAMPAIGN ? 8 : 4;
        int campaign1 = 1 + Math.min(15, (int) Math.floor(-Math.log(1 - random.nextDouble()) * campaignScale));
        int campaign2 = Math.max(1, Math.min(15, campaign1 + (int) Math.round(random.nextGaussian() * 1.5)));

        boolean signedUp = random.nextDouble() < (shift == PopulationShift.SIGNUP ? 0.30 : 0.60);
        LocalDate signup = null;
        long daysSinceSignup = 0;
        if (signedUp) {
            if (random.nextDouble() < 0.07) {
                signup = created.plusDays(1 + random.nextInt(200));
            } else {
                signup = created.minusDays((long) (-Math.log(1 - random.nextDouble()) * 350));
                if (signup.isBefore(EARLIEST_SIGNUP)) {
                    signup = EARLIEST_SIGNUP.plusDays(random.nextInt(30));
                }
            }
            daysSinceSignup = ChronoUnit.DAYS.between(signup, created);
        }

        Integer products = null;
        if (random.nextDouble() >= (signedUp ? 0.30 : 0.90)) {
            products = 1 + pick(PRODUCT_WEIGHTS);
        }

        double engagement = random.nextGaussian() - (shift == PopulationShift.ACTIVITY ? 1.5 : 0);
        int[] activity = new int[Lead.ACTIVITY_COUNT];
        for (int k = 0; k < activity.length; k++) {
            double rate = Math.min(0.95, ACTIVITY_RATE[k] * Math.exp(0.6 * engagement));
            int v = 0;
            while (v < ACTIVITY_MAX[k] && random.nextDouble() < rate) {
                v++;
            }
            activity[k] = v;
        }

        double z = -7.75
                + (signedUp ? 2.6 : -2.0)
                + 4.6 * activity[8] // user_activity_var_9
                + 4.0 * activity[1] // user_activity_var_2
                + 0.5 * activity[0]
                + 0.6 * activity[3]
                + 0.35 * activity[10]
                + 0.9 * engagement
                + (signedUp && daysSinceSignup >= 0 ? 1.2 * Math.exp(-daysSinceSignup / 120.0) : 0)
                + (products != null && products == 2 ? 0.4 : 0)
                + (campaign1 >= 9 && campaign1 <= 12 ? 0.6 : 0);
        boolean buy = random.nextDouble() < Sigmoid.of(z);

        int[] shown = activity.clone();
        Lead lead = new Lead(Long.toString(nextId++), created, campaign1, campaign2, products, signup, shown);
        return new LabeledLead(lead, buy);
    }

    private int pick(double[] weights) {
        double u = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
