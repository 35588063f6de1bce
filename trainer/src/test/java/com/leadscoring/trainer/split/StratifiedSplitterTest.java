package com.leadscoring.trainer.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import org.junit.jupiter.api.Test;

class StratifiedSplitterTest {

    private final List<Integer> items = IntStream.range(0, 1000).boxed().toList();

    @Test
    void keepsEachClassShareAndCoversEveryItemOnce() {
        Split<Integer> s = new StratifiedSplitter(1).split(items, i -> i % 20 == 0, 0.2);
        assertEquals(200, s.second().size());
        assertEquals(10, s.second().stream().filter(i -> i % 20 == 0).count());
        assertEquals(40, s.first().stream().filter(i -> i % 20 == 0).count());
        var all = new HashSet<>(s.first());
        all.addAll(s.second());
        assertEquals(1000, all.size());
    }

    @Test
    void isDeterministicPerSeed() {
        assertEquals(
                new StratifiedSplitter(5).split(items, i -> i % 7 == 0, 0.3),
                new StratifiedSplitter(5).split(items, i -> i % 7 == 0, 0.3));
        assertTrue(!new StratifiedSplitter(5)
                .split(items, i -> i % 7 == 0, 0.3)
                .second()
                .equals(new StratifiedSplitter(6)
                        .split(items, i -> i % 7 == 0, 0.3)
                        .second()));
    }

    @Test
    void timeSplitCutsAtTheMonth() {
        List<LabeledLead> leads = new SyntheticLeadGenerator(3).generate(2000);
        Split<LabeledLead> s = TimeSplit.byCreatedMonth(leads, 9);
        assertEquals(2000, s.first().size() + s.second().size());
        assertTrue(s.first().stream().allMatch(l -> l.lead().createdAt().getMonthValue() <= 9));
        assertTrue(s.second().stream().allMatch(l -> l.lead().createdAt().getMonthValue() >= 10));
        assertTrue(!s.second().isEmpty() && !s.first().isEmpty());
        assertTrue(LocalDate.of(2021, 10, 1).getMonthValue() > 9);
    }
}
