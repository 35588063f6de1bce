package com.leadscoring.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code lead-features-v1} followed by {@link FeatureBlock}s, in the blocks' declaration order: the released
 * {@code lead-features-v2} is one of these, and so is every try of the representation search (named by its spec,
 * {@code lead-features-v1+log1p+aggregates}, so a try's model can be loaded and scored like any other).
 */
final class ComposedEncoder implements LeadEncoder {

    /** Spec prefix: v1 and the blocks after it. */
    static final String SPEC_PREFIX = FeatureEncoder.VERSION + "+";

    private final String version;
    private final List<FeatureBlock> blocks;
    private final List<String> names;
    private final List<String> sources;

    ComposedEncoder(String version, Set<FeatureBlock> blocks) {
        this.version = version;
        this.blocks = blocks.stream().sorted().toList();
        List<String> n = new ArrayList<>();
        List<String> s = new ArrayList<>();
        for (Feature f : Feature.values()) {
            String name = f.featureName();
            for (FeatureBlock b : this.blocks) {
                name = b.rename(name);
            }
            n.add(name);
            s.add(f.source().fieldName());
        }
        for (FeatureBlock b : this.blocks) {
            b.appended((name, source) -> {
                n.add(name);
                s.add(source);
            });
        }
        this.names = List.copyOf(n);
        this.sources = List.copyOf(s);
    }

    /** The spec naming v1 with these blocks. */
    static String spec(Set<FeatureBlock> blocks) {
        return FeatureEncoder.VERSION
                + blocks.stream().sorted().map(b -> "+" + b.id()).collect(Collectors.joining());
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<String> featureNames() {
        return names;
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
        int o = offset + FeatureEncoder.SIZE;
        for (FeatureBlock b : blocks) {
            b.transform(out, offset);
            o = b.append(createdAt, campaignVar1, campaignVar2, productsPurchased, signupDate, userActivity, out, o);
        }
    }

    /** One encoder per name: a spec parsed twice is the same encoder. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ComposedEncoder c && c.version.equals(version) && c.blocks.equals(blocks);
    }

    @Override
    public int hashCode() {
        return version.hashCode();
    }

    @Override
    public String toString() {
        return version;
    }
}
