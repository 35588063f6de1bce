package com.leadscoring.trainer.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class StratifiedKFoldTest {

    private static List<Boolean> labels(int n, int positives) {
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            y.add(i % (n / positives) == 0 && y.stream().filter(b -> b).count() < positives);
        }
        return y;
    }

    @Test
    void foldsAreDisjointCoverEveryRowAndAreStratified() {
        List<Boolean> y = labels(1003, 57);
        int positives = (int) y.stream().filter(b -> b).count();
        int[] fold = new StratifiedKFold(5, 11).assign(y, b -> b);
        assertEquals(y.size(), fold.length, "every row has exactly one fold");
        int[] size = new int[5];
        int[] pos = new int[5];
        for (int i = 0; i < fold.length; i++) {
            assertTrue(fold[i] >= 0 && fold[i] < 5);
            size[fold[i]]++;
            pos[fold[i]] += y.get(i) ? 1 : 0;
        }
        assertEquals(y.size(), Arrays.stream(size).sum());
        assertEquals(positives, Arrays.stream(pos).sum());
        assertTrue(
                Arrays.stream(pos).max().getAsInt() - Arrays.stream(pos).min().getAsInt() <= 1, Arrays.toString(pos));
        assertTrue(
                Arrays.stream(size).max().getAsInt() - Arrays.stream(size).min().getAsInt() <= 1,
                Arrays.toString(size));
    }

    @Test
    void seededAndShuffled() {
        List<Boolean> y = labels(500, 50);
        assertArrayEquals(new StratifiedKFold(5, 3).assign(y, b -> b), new StratifiedKFold(5, 3).assign(y, b -> b));
        assertFalse(Arrays.equals(
                new StratifiedKFold(5, 3).assign(y, b -> b), new StratifiedKFold(5, 4).assign(y, b -> b)));
    }

    @Test
    void refusesFewerBuyersThanFolds() {
        assertThrows(IllegalArgumentException.class, () -> new StratifiedKFold(5, 1).assign(labels(100, 3), b -> b));
        assertThrows(IllegalArgumentException.class, () -> new StratifiedKFold(1, 1));
    }
}
