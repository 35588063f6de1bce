package com.leadscoring.api;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CorsTest {

    @Test
    void anOriginNoBrowserWouldSendIsRefusedByName() {
        for (String bad : new String[] {
            "http://localhost:8080/",
            "*",
            "https://Forms.example.com",
            "forms.example.com",
            "https://forms.example.com/form"
        }) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> new Cors(List.of(bad)), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
        assertTrue(new Cors(List.of(" https://forms.example.com ", "http://localhost:8080", "")).enabled());
    }
}
