package com.leadscoring.trainer.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import com.leadscoring.trainer.lifecycle.PromotionGate.Config;
import com.leadscoring.trainer.lifecycle.PromotionGate.Decision;
import com.leadscoring.trainer.lifecycle.PromotionGate.Inputs;
import com.leadscoring.trainer.lifecycle.PromotionGate.Rule;
import org.junit.jupiter.api.Test;

class PromotionGateTest {

    private final Config auto = Config.defaults(Rule.AUTO);

    private static Inputs vs(double challenger, double champion, int ageDays) {
        return new Inputs(0.93, challenger, champion, Duration.ofDays(ageDays), true);
    }

    @Test
    void autoPromotesAtLeastNinetyFivePercentAsGood() {
        double champion = 0.70;
        double bar = 0.95 * champion;
        assertTrue(PromotionGate.decide(auto, vs(bar, champion, 10)).promote(), "exactly at the bar");
        assertTrue(PromotionGate.decide(auto, vs(0.72, champion, 10)).promote());
        Decision worse = PromotionGate.decide(auto, vs(bar - 0.001, champion, 10));
        assertFalse(worse.promote());
        assertEquals(PromotionGate.Outcome.KEEP_CHAMPION, worse.outcome());
        assertTrue(worse.reason().contains("95 % of champion 0.7000"), worse.reason());
    }

    @Test
    void aChallengerThatIsNotReadyIsNeverPromotedByAuto() {
        Decision d = PromotionGate.decide(auto, new Inputs(0.65, 0.9, 0.1, Duration.ofDays(400), false));
        assertFalse(d.promote());
        assertTrue(d.reason().startsWith("challenger not ready"), d.reason());
        assertFalse(PromotionGate.decide(auto, Inputs.firstModel(0.60, 0.5)).promote());
    }

    @Test
    void noChampionOrAnUnservableOneGivesWayToAReadyChallenger() {
        assertTrue(PromotionGate.decide(auto, Inputs.firstModel(0.9, 0.3)).promote());
        Decision d = PromotionGate.decide(auto, new Inputs(0.9, 0.3, 0.8, Duration.ofDays(1), false));
        assertTrue(d.promote());
        assertTrue(d.reason().contains("contract"), d.reason());
    }

    @Test
    void aStaleChampionGivesWayButOnlyPastTheMaximumAge() {
        assertFalse(PromotionGate.decide(auto, vs(0.5, 0.7, 90)).promote());
        Decision d = PromotionGate.decide(auto, vs(0.5, 0.7, 91));
        assertTrue(d.promote());
        assertTrue(d.reason().contains("91 days old"), d.reason());
        Config noLimit = new Config(Rule.AUTO, 0.95, null, 0.7);
        assertFalse(PromotionGate.decide(noLimit, vs(0.5, 0.7, 3650)).promote());
    }

    @Test
    void alwaysAndNeverOverrideEverything() {
        Inputs bad = new Inputs(0.5, 0.1, 0.9, Duration.ofDays(1), true);
        assertTrue(PromotionGate.decide(Config.defaults(Rule.ALWAYS), bad).promote());
        Inputs good = new Inputs(0.99, 0.99, 0.1, Duration.ofDays(999), true);
        assertFalse(PromotionGate.decide(Config.defaults(Rule.NEVER), good).promote());
    }

    @Test
    void theMarginIsConfigurable() {
        Config strict = new Config(Rule.AUTO, 1.0, Duration.ofDays(90), 0.7);
        assertFalse(PromotionGate.decide(strict, vs(0.699, 0.7, 1)).promote());
        assertTrue(PromotionGate.decide(strict, vs(0.7, 0.7, 1)).promote());
    }

    @Test
    void refusesNonsenseInputs() {
        assertThrows(IllegalArgumentException.class, () -> new Inputs(Double.NaN, 0.5, 0.5, null, true));
        assertThrows(IllegalArgumentException.class, () -> new Inputs(0.9, 1.5, 0.5, null, true));
        assertThrows(IllegalArgumentException.class, () -> new Config(Rule.AUTO, 0, null, 0.7));
        assertThrows(IllegalArgumentException.class, () -> new Config(Rule.AUTO, 0.95, Duration.ZERO, 0.7));
        assertEquals(Rule.NEVER, Rule.of("never"));
        assertThrows(IllegalArgumentException.class, () -> Rule.of("sometimes"));
    }

    @Test
    void withoutCommonEvidenceAReadyChallengerDoesNotReplaceAFreshChampion() {
        Config auto = Config.defaults(Rule.AUTO);
        Decision kept = PromotionGate.decide(auto, new Inputs(0.95, Double.NaN, Double.NaN, Duration.ofDays(3), true));
        assertFalse(kept.promote());
        assertTrue(kept.reason().contains("no rows both models can be judged on"), kept.reason());
        assertTrue(
                PromotionGate.decide(auto, new Inputs(0.95, Double.NaN, Double.NaN, Duration.ofDays(400), true))
                        .promote(),
                "a stale champion still gives way");
        assertTrue(PromotionGate.decide(
                        Config.defaults(Rule.ALWAYS),
                        new Inputs(0.95, Double.NaN, Double.NaN, Duration.ofDays(3), true))
                .promote());
        assertTrue(
                PromotionGate.decide(auto, Inputs.firstModel(0.95, Double.NaN)).promote(), "no champion: promoted");
    }
}
