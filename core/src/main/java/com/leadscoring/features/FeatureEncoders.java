package com.leadscoring.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Spec encoders built so far, by spec: each is built once, however often a model names it. */
    private static final Map<String, LeadEncoder> COMPOSED = new ConcurrentHashMap<>();

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
     * version lists them in their canonical order. A spec's encoder is built once and kept.
     *
     * @throws IllegalArgumentException naming the released versions when there is no such encoder
     */
    public static LeadEncoder forVersion(String version) {
        LeadEncoder e = find(version);
        if (e == null) {
            throw new IllegalArgumentException(whyUnknown(version));
        }
        return e;
    }

    /** Whether {@link #forVersion(String)} knows {@code version}. */
    public static boolean isKnown(String version) {
        return find(version) != null;
    }

    /**
     * The encoder that feeds a model of {@code contract}; {@link IllegalStateException} naming every difference when
     * this build has no such encoder or its feature names differ from the model's.
     */
    public static LeadEncoder forContract(FeatureContract contract) {
        List<String> problems = differences(contract);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("model features do not match the encoder: " + String.join("; ", problems));
        }
        return find(contract.encoderVersion());
    }

    /** The differences between {@code contract} and the encoder it names, empty when that encoder can feed it. */
    public static List<String> differences(FeatureContract contract) {
        List<String> problems = new ArrayList<>();
        LeadEncoder encoder = find(contract.encoderVersion());
        if (encoder == null) {
            problems.add("the model was trained with feature encoder " + contract.encoderVersion()
                    + " but this code has "
                    + String.join(
                            ", ", RELEASED.stream().map(LeadEncoder::version).toList()));
            return problems;
        }
        List<String> expected = encoder.featureNames();
        List<String> names = contract.featureNames();
        for (int i = 0; i < Math.max(expected.size(), names.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "(none)";
            String got = i < names.size() ? names.get(i) : "(none)";
            if (!want.equals(got)) {
                problems.add("feature " + i + " is " + got + " in the model but " + want + " in the encoder");
            }
        }
        return problems;
    }

    /** The encoder of {@code version}, or null when this build has none of that name. */
    private static LeadEncoder find(String version) {
        for (LeadEncoder e : RELEASED) {
            if (e.version().equals(version)) {
                return e;
            }
        }
        if (version == null || !version.startsWith(ComposedEncoder.SPEC_PREFIX)) {
            return null;
        }
        LeadEncoder known = COMPOSED.get(version);
        if (known != null) {
            return known;
        }
        Set<FeatureBlock> blocks = blocks(version);
        // One name per encoder: blocks listed in another order are the same encoder, named in the blocks' order (the
        // caller can tell by its version); a block listed twice is refused as a likely typo.
        if (blocks == null
                || blocks.size()
                        != version.substring(ComposedEncoder.SPEC_PREFIX.length())
                                .split("\\+", -1)
                                .length) {
            return null;
        }
        String canonical = ComposedEncoder.spec(blocks);
        LeadEncoder encoder = COMPOSED.computeIfAbsent(canonical, v -> new ComposedEncoder(v, blocks));
        COMPOSED.putIfAbsent(version, encoder);
        return encoder;
    }

    /** The blocks a spec names, or null when one of them does not exist. */
    private static Set<FeatureBlock> blocks(String version) {
        Set<FeatureBlock> blocks = EnumSet.noneOf(FeatureBlock.class);
        for (String id : version.substring(ComposedEncoder.SPEC_PREFIX.length()).split("\\+", -1)) {
            if (!FeatureBlock.ids().contains(id)) {
                return null;
            }
            blocks.add(FeatureBlock.ofId(id));
        }
        return blocks;
    }

    /** Why {@link #find(String)} knows no encoder of {@code version}, in words. */
    private static String whyUnknown(String version) {
        if (version != null && version.startsWith(ComposedEncoder.SPEC_PREFIX)) {
            for (String id :
                    version.substring(ComposedEncoder.SPEC_PREFIX.length()).split("\\+", -1)) {
                if (!FeatureBlock.ids().contains(id)) {
                    return "no feature encoder " + version + ": no block '" + id + "' (the blocks, in their order: "
                            + String.join(", ", FeatureBlock.ids()) + ")";
                }
            }
            return "no feature encoder " + version + ": a spec lists each block once; did you mean "
                    + ComposedEncoder.spec(blocks(version)) + "?";
        }
        return "no feature encoder " + version + " in this build (it has "
                + String.join(", ", RELEASED.stream().map(LeadEncoder::version).toList()) + ", and "
                + ComposedEncoder.SPEC_PREFIX + "<block>... with blocks " + String.join(", ", FeatureBlock.ids())
                + ")";
    }
}
