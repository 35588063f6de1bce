package com.leadscoring.trainer.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;
import org.junit.jupiter.api.Test;

class MinimumDataTest {

    private final MinimumData defaults = MinimumData.of(MinimumData.DEFAULT_MIN_BUYERS, MinimumData.DEFAULT_MIN_LEADS);

    @Test
    void refusesBelowEitherMinimumAndSaysWhy() {
        MinimumData.Verdict fewBuyers = defaults.check(50_000, 99);
        assertEquals(MinimumData.Level.REFUSE, fewBuyers.level());
        assertTrue(
                fewBuyers.message().contains("99 buyers") && fewBuyers.message().contains("--min-buyers"),
                fewBuyers.message());
        assertEquals(1, fewBuyers.message().lines().count());
        assertEquals(MinimumData.Level.REFUSE, defaults.check(999, 500).level());
        assertEquals(MinimumData.Level.WARN, defaults.check(1_000, 100).level());
    }

    @Test
    void warnsBelowTheSoftLevelOnly() {
        assertEquals(MinimumData.Level.WARN, defaults.check(2_999, 400).level());
        MinimumData.Verdict fewBuyers = defaults.check(10_000, 299);
        assertEquals(MinimumData.Level.WARN, fewBuyers.level());
        assertEquals("only 299 buyers (fewer than 300): evaluation figures will be unreliable", fewBuyers.message());
        assertTrue(defaults.check(2_000, 1_000).message().startsWith("only 2000 leads (fewer than 3000)"));
        assertTrue(defaults.check(2_000, 200).message().startsWith("only 2000 leads and 200 buyers"));
        assertEquals(MinimumData.Level.OK, defaults.check(3_000, 300).level());
        assertEquals("", defaults.check(31_328, 1_598).message());
    }

    @Test
    void raisedMinimumsRaiseTheWarningLevelWithThem() {
        MinimumData strict = MinimumData.of(500, 10_000);
        assertEquals(500, strict.softBuyers());
        assertEquals(10_000, strict.softLeads());
        assertEquals(MinimumData.Level.OK, strict.check(10_000, 500).level());
        MinimumData loose = MinimumData.of(10, 100);
        assertEquals(MinimumData.Level.WARN, loose.check(200, 20).level());
    }

    @Test
    void countsBuyersFromTheLabels() {
        List<LabeledLead> leads = new SyntheticLeadGenerator(3).generate(2_000);
        long buyers = leads.stream().filter(LabeledLead::buy).count();
        MinimumData.Verdict v = defaults.check(leads);
        assertEquals(2_000, v.leads());
        assertEquals(buyers, v.buyers());
    }
}
