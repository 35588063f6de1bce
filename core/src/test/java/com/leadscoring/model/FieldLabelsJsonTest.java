package com.leadscoring.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.leadscoring.lead.FieldLabels;
import org.junit.jupiter.api.Test;

class FieldLabelsJsonTest {

    @Test
    void roundTripsAndRefusesWhatTheCsvWouldRefuse() throws Exception {
        FieldLabels l = new FieldLabels(Map.of("signup_date", "Signed up"), Map.of("signup_date", "When, if at all"));
        assertEquals(l, FieldLabelsJson.fromJson(FieldLabelsJson.toJson(l)));
        IOException e = assertThrows(
                IOException.class,
                () -> FieldLabelsJson.fromJson(
                        "{\"labels\":{\"signup_dat\":\"Typo\"},\"descriptions\":{}}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("signup_dat"), e.getMessage());
    }
}
