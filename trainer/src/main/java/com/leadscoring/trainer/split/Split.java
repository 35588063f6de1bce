package com.leadscoring.trainer.split;

import java.util.List;

/**
 * Two disjoint parts of a list.
 *
 * @param first the larger part (fitting, or the earlier period)
 * @param second the held-out part (validation, tuning, or the later period)
 */
public record Split<T>(List<T> first, List<T> second) {
    public Split {
        first = List.copyOf(first);
        second = List.copyOf(second);
    }
}
