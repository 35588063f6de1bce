package com.leadscoring.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FeatureContractTest {

    @Test
    void theRunningEncodersContractIsServable() {
        FeatureContract.current().checkServableBy();
        assertEquals(List.of(), FeatureContract.current().differencesFromCurrent());
        assertEquals(FeatureEncoder.SIZE, FeatureContract.current().size());
    }

    @Test
    void namesEveryRenamedFeature() {
        List<String> renamed = new ArrayList<>(FeatureEncoder.featureNames());
        renamed.set(7, "signed_up");
        FeatureContract bad = new FeatureContract(FeatureEncoder.VERSION, renamed);
        IllegalStateException e = assertThrows(IllegalStateException.class, bad::checkServableBy);
        assertTrue(e.getMessage().contains("signed_up"), e.getMessage());
    }

    @Test
    void namesAnotherEncoderVersion() {
        FeatureContract other = new FeatureContract("lead-features-v0", FeatureEncoder.featureNames());
        IllegalStateException e = assertThrows(IllegalStateException.class, other::checkServableBy);
        assertTrue(e.getMessage().contains("lead-features-v0"), e.getMessage());
    }
}
