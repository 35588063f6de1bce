package com.leadscoring.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Encoder features grouped by the lead field they come from: the unit an explanation (serving) and a permutation
 * importance (training) speak about, so one-hot groups and derived features count as their source field.
 */
public final class FeatureGroups {

    private final String[] names;
    private final int[][] indices;

    private FeatureGroups(String[] names, int[][] indices) {
        this.names = names;
        this.indices = indices;
    }

    /** The groups of {@code encoder}'s features. */
    public static FeatureGroups bySourceField(LeadEncoder encoder) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        List<String> sources = encoder.sources();
        for (int i = 0; i < sources.size(); i++) {
            groups.computeIfAbsent(sources.get(i), k -> new ArrayList<>()).add(i);
        }
        String[] names = new String[groups.size()];
        int[][] idx = new int[groups.size()][];
        int g = 0;
        for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
            names[g] = e.getKey();
            idx[g++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        }
        return new FeatureGroups(names, idx);
    }

    public int size() {
        return names.length;
    }

    /** The source field of group {@code g}. */
    public String name(int g) {
        return names[g];
    }

    /** The feature indices of group {@code g} (a copy). */
    public int[] indices(int g) {
        return indices[g].clone();
    }
}
