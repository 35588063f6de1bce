package com.leadscoring.drift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How one view of a lead is cut into bins. Either {@code categories} (one bin per listed value, then an {@code other}
 * bin for every value not listed, including values never seen in training) or {@code ranges} (bins between ascending
 * {@code edges}: below the first, from each edge up to the next, from the last up). Nullable views end with a
 * {@code missing} bin.
 *
 * @param kind {@code categories} or {@code ranges}
 * @param categories the listed values (categories only)
 * @param edges ascending lower bounds of the second and later bins (ranges only)
 * @param missingBin whether the last bin counts missing values
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Binning(String kind, int[] categories, double[] edges, boolean missingBin) {

    public static final String CATEGORIES = "categories";
    public static final String RANGES = "ranges";
    /** Views with at most this many distinct training values are binned per value. */
    public static final int MAX_CATEGORIES = 10;
    /** At most this many range bins, of about equal training frequency. */
    public static final int MAX_RANGES = 10;
    /** A value rarer than this share of the training rows joins the {@code other} bin (rare bins make PSI noisy). */
    public static final double MIN_CATEGORY_SHARE = 0.005;

    public Binning {
        if (CATEGORIES.equals(kind)) {
            if (categories == null) {
                throw new IllegalArgumentException("categories binning needs categories");
            }
            categories = categories.clone();
            edges = null;
        } else if (RANGES.equals(kind)) {
            if (edges == null) {
                throw new IllegalArgumentException("ranges binning needs edges");
            }
            edges = edges.clone();
            for (int i = 1; i < edges.length; i++) {
                if (!(edges[i] > edges[i - 1])) {
                    throw new IllegalArgumentException("edges must ascend: " + Arrays.toString(edges));
                }
            }
            categories = null;
        } else {
            throw new IllegalArgumentException("unknown binning kind " + kind);
        }
    }

    /** Fixed range bins. */
    public static Binning ranges(double[] edges, boolean missingBin) {
        return new Binning(RANGES, null, edges, missingBin);
    }

    /**
     * Bins learnt from training values: per value when there are few distinct ones, else at most {@link #MAX_RANGES}
     * ranges of about equal frequency. {@code values} holds the present values only; {@code total} counts missing ones
     * too.
     */
    public static Binning fit(double[] values, long total, boolean missingBin) {
        TreeMap<Double, Long> distinct = new TreeMap<>();
        boolean integral = true;
        for (double v : values) {
            distinct.merge(v, 1L, Long::sum);
            integral &= v == Math.rint(v);
        }
        if (integral && distinct.size() <= MAX_CATEGORIES) {
            List<Integer> kept = new ArrayList<>();
            distinct.forEach((v, n) -> {
                if (n >= MIN_CATEGORY_SHARE * total) {
                    kept.add((int) (double) v);
                }
            });
            return new Binning(
                    CATEGORIES, kept.stream().mapToInt(Integer::intValue).toArray(), null, missingBin);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        // Equal-frequency bins over distinct values: a bin closes at the first new value once it holds a tenth of the
        // rows, and only if at least a twentieth remains for the last bin. Heavy ties (a value held by most rows) make
        // one wide bin instead of collapsing the tail into it.
        List<Double> edges = new ArrayList<>();
        int n = sorted.length;
        int binStart = 0;
        for (int i = 1; i < n && edges.size() < MAX_RANGES - 1; i++) {
            if (sorted[i] != sorted[i - 1] && i - binStart >= n / MAX_RANGES && n - i >= n / (2 * MAX_RANGES)) {
                edges.add(sorted[i]);
                binStart = i;
            }
        }
        return ranges(edges.stream().mapToDouble(Double::doubleValue).toArray(), missingBin);
    }

    /** Number of bins. */
    @JsonIgnore
    public int size() {
        int present = CATEGORIES.equals(kind) ? categories.length + 1 : edges.length + 1;
        return present + (missingBin ? 1 : 0);
    }

    /** The bin of a present value. */
    public int binOf(double value) {
        if (CATEGORIES.equals(kind)) {
            for (int i = 0; i < categories.length; i++) {
                if (categories[i] == value) {
                    return i;
                }
            }
            return categories.length;
        }
        int lo = 0;
        int hi = edges.length;
        // First edge above the value = the bin index.
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The bin of a missing value. */
    public int missingIndex() {
        if (!missingBin) {
            throw new IllegalStateException("this view has no missing bin");
        }
        return size() - 1;
    }

    /** A label per bin, for tables. */
    @JsonIgnore
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        if (CATEGORIES.equals(kind)) {
            for (int c : categories) {
                labels.add(Integer.toString(c));
            }
            labels.add("other");
        } else if (edges.length == 0) {
            labels.add("all");
        } else {
            labels.add("< " + number(edges[0]));
            for (int i = 1; i < edges.length; i++) {
                labels.add(number(edges[i - 1]) + " to < " + number(edges[i]));
            }
            labels.add(">= " + number(edges[edges.length - 1]));
        }
        if (missingBin) {
            labels.add("missing");
        }
        return labels;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Binning b
                && kind.equals(b.kind)
                && Arrays.equals(categories, b.categories)
                && Arrays.equals(edges, b.edges)
                && missingBin == b.missingBin;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, Arrays.hashCode(categories), Arrays.hashCode(edges), missingBin);
    }

    @Override
    public String toString() {
        return kind
                + (categories != null ? Arrays.toString(categories) : Arrays.toString(edges))
                + (missingBin ? "+missing" : "");
    }
}
