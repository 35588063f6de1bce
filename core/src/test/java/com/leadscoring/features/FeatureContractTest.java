package com.leadscoring.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FeatureContractTest {

    @Test
    void everyReleasedEncodersContractIsServable() {
        for (LeadEncoder encoder : FeatureEncoders.released()) {
            FeatureEncoders.forContract(encoder.contract());
            assertEquals(List.of(), FeatureEncoders.differences(encoder.contract()));
            assertEquals(encoder, FeatureEncoders.forContract(encoder.contract()));
        }
        assertEquals(FeatureEncoder.SIZE, FeatureEncoders.V1.contract().size());
        assertEquals(FeatureEncoders.DEFAULT.contract(), FeatureContract.current());
    }

    @Test
    void aV1NamedModelIsFedByV1EvenWhenTheDefaultMovedOn() {
        FeatureContract v1 = new FeatureContract(FeatureEncoder.VERSION, FeatureEncoder.featureNames());
        assertEquals(FeatureEncoders.V1, FeatureEncoders.forContract(v1));
    }

    @Test
    void anotherEncodersNamesCannotServeAsV1() {
        FeatureContract mixed = new FeatureContract(
                FeatureEncoder.VERSION,
                FeatureEncoders.forVersion("lead-features-v1+month").featureNames());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FeatureEncoders.forContract(mixed));
        assertTrue(e.getMessage().contains("in the model but (none) in the encoder"), e.getMessage());
    }

    @Test
    void namesEveryRenamedFeature() {
        List<String> renamed = new ArrayList<>(FeatureEncoder.featureNames());
        renamed.set(7, "signed_up");
        FeatureContract bad = new FeatureContract(FeatureEncoder.VERSION, renamed);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FeatureEncoders.forContract(bad));
        assertTrue(e.getMessage().contains("signed_up"), e.getMessage());
    }

    @Test
    void namesAnotherEncoderVersion() {
        FeatureContract other = new FeatureContract("lead-features-v0", FeatureEncoder.featureNames());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FeatureEncoders.forContract(other));
        assertTrue(e.getMessage().contains("lead-features-v0"), e.getMessage());
    }
}
