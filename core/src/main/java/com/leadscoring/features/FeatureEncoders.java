package com.leadscoring.features;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every released feature encoder, side by side: a model names its encoder in its {@link FeatureContract} and is scored
 * with that one, so releasing a new encoder never refuses a published model. Released encoders are never changed or
 * removed; a new representation is a new version.
 */
public final class FeatureEncoders {

    /** {@code lead-features-v1}: the 24 features of {@link Feature} ({@link FeatureEncoder}). */
    public static final LeadEncoder V1 = new LeadEncoder() {
        private final List<String> sources =
                Arrays.stream(Feature.values()).map(f -> f.source().fieldName()).toList();

        @Override
        public String version() {
            return FeatureEncoder.VERSION;
        }

        @Override
        public List<String> featureNames() {
            return FeatureEncoder.featureNames();
        }

        @Override
        public List<String> sources() {
            return sources;
        }

        @Override
        public void encode(
                LocalDate createdAt,
                int campaignVar1,
                int campaignVar2,
                int productsPurchased,
                LocalDate signupDate,
                int[] userActivity,
                float[] out,
                int offset) {
            FeatureEncoder.encode(
                    createdAt, campaignVar1, campaignVar2, productsPurchased, signupDate, userActivity, out, offset);
        }

        @Override
        public String toString() {
            return version();
        }
    };

    /** The version {@code train} uses unless told otherwise (a constant, so a CLI default can name it). */
    public static final String DEFAULT_VERSION = FeatureEncoder.VERSION;

    /**
     * What {@code train} uses unless told otherwise. Still v1: no block of the representation search beat it by
     * cross-validation and the time check together (BENCHMARKS.md), so no v2 is released yet. A later release is
     * {@code new ComposedEncoder("lead-features-v2", blocks)} appended to {@link #RELEASED}, and never changed after.
     */
    public static final LeadEncoder DEFAULT = V1;

    private static final List<LeadEncoder> RELEASED = List.of(V1);

    static {
        if (!DEFAULT.version().equals(DEFAULT_VERSION)) {
            throw new AssertionError("DEFAULT_VERSION must name DEFAULT");
        }
    }

    private FeatureEncoders() {}

    /** Released encoders, oldest first. */
    public static List<LeadEncoder> released() {
        return RELEASED;
    }

    /**
     * The encoder a model names: a released version, or a search try's spec ({@code lead-features-v1+block+...}, see
     * {@link FeatureBlock}), which defines its encoder completely. A spec's blocks may come in any order; the encoder's
     * version lists them in their canonical order.
     *
     * @throws IllegalArgumentException naming the released versions when there is no such encoder
     */
    public static LeadEncoder forVersion(String version) {
        for (LeadEncoder e : RELEASED) {
            if (e.version().equals(version)) {
                return e;
            }
        }
        if (version != null && version.startsWith(ComposedEncoder.SPEC_PREFIX)) {
            Set<FeatureBlock> blocks = EnumSet.noneOf(FeatureBlock.class);
            for (String id :
                    version.substring(ComposedEncoder.SPEC_PREFIX.length()).split("\\+", -1)) {
                if (!FeatureBlock.ids().contains(id)) {
                    throw new IllegalArgumentException("no feature encoder " + version + ": no block '" + id
                            + "' (the blocks, in their order: " + String.join(", ", FeatureBlock.ids()) + ")");
                }
                blocks.add(FeatureBlock.ofId(id));
            }
            // One name per encoder: blocks listed in another order are the same encoder, named in the blocks' order
            // (the caller can tell by its version); a block listed twice is refused as a likely typo.
            if (blocks.size()
                    != version.substring(ComposedEncoder.SPEC_PREFIX.length()).split("\\+", -1).length) {
                throw new IllegalArgumentException("no feature encoder " + version
                        + ": a spec lists each block once; did you mean " + ComposedEncoder.spec(blocks) + "?");
            }
            return new ComposedEncoder(ComposedEncoder.spec(blocks), blocks);
        }
        throw new IllegalArgumentException("no feature encoder " + version + " in this build (it has "
                + String.join(", ", RELEASED.stream().map(LeadEncoder::version).toList()) + ", and "
                + ComposedEncoder.SPEC_PREFIX + "<block>... with blocks " + String.join(", ", FeatureBlock.ids())
                + ")");
    }

    /** Whether {@link #forVersion(String)} knows {@code version}. */
    public static boolean isKnown(String version) {
        try {
            forVersion(version);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
