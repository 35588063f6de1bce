package com.leadscoring.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.leadscoring.features.Feature;
import com.leadscoring.lead.LeadField;

/** Encoder features grouped by the lead field they come from: the unit an explanation speaks about. */
final class FeatureGroups {

    final String[] names;
    final int[][] indices;

    private FeatureGroups(String[] names, int[][] indices) {
        this.names = names;
        this.indices = indices;
    }

    static FeatureGroups bySourceField() {
        Map<LeadField, List<Integer>> groups = new LinkedHashMap<>();
        for (Feature f : Feature.values()) {
            groups.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f.ordinal());
        }
        String[] names = new String[groups.size()];
        int[][] idx = new int[groups.size()][];
        int g = 0;
        for (Map.Entry<LeadField, List<Integer>> e : groups.entrySet()) {
            names[g] = e.getKey().fieldName();
            idx[g++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        }
        return new FeatureGroups(names, idx);
    }

    int size() {
        return names.length;
    }
}
