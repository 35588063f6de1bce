package com.leadscoring.features;

import java.time.LocalDate;
import java.util.List;

import com.leadscoring.lead.Lead;

/**
 * One released way of turning a lead into the model's raw (not yet normalized) float vector. A model records the
 * {@link #version()} it was trained with in its {@link FeatureContract}, and is always fed by that same encoder
 * ({@link FeatureEncoders#forVersion(String)}), so encoders can evolve without refusing published models.
 */
public interface LeadEncoder {

    /**
     * {@code products_purchased} absent, in {@link #encode(LocalDate, int, int, int, LocalDate, int[], float[], int)}.
     */
    int UNKNOWN = FeatureEncoder.UNKNOWN;

    /** The name models record; its meaning never changes once released. */
    String version();

    /** Feature names in vector order. */
    List<String> featureNames();

    /**
     * The lead field each feature derives from, by its name, in vector order: explanations and importance group by it.
     * A feature derived from several fields names them with a wildcard ({@code user_activity_var_*}).
     */
    List<String> sources();

    /** Number of features. */
    default int size() {
        return featureNames().size();
    }

    /**
     * Writes the {@link #size()} features of a valid lead, given as primitives (the API's parser never builds a
     * {@link Lead}), into {@code out[offset .. offset+size)}.
     *
     * @param productsPurchased {@link #UNKNOWN} when absent
     * @param signupDate {@code null} when the lead never signed up
     * @param userActivity {@code user_activity_var_1..12} at index 0..11
     */
    void encode(
            LocalDate createdAt,
            int campaignVar1,
            int campaignVar2,
            int productsPurchased,
            LocalDate signupDate,
            int[] userActivity,
            float[] out,
            int offset);

    /** The same from a {@link Lead}, through the primitive entry so the two cannot differ. */
    default void encode(Lead lead, float[] out, int offset) {
        Integer products = lead.productsPurchased();
        encode(
                lead.createdAt(),
                lead.campaignVar1(),
                lead.campaignVar2(),
                products == null ? UNKNOWN : products,
                lead.signupDate(),
                lead.userActivity(),
                out,
                offset);
    }

    /** A new vector for {@code lead}. */
    default float[] encode(Lead lead) {
        float[] out = new float[size()];
        encode(lead, out, 0);
        return out;
    }

    /** This encoder's contract (version and feature names). */
    default FeatureContract contract() {
        return new FeatureContract(version(), featureNames());
    }
}
