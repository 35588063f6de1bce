package com.leadscoring.bootstrap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StdoutExtensionTest {

    @Test
    void registersOnLambdaUnlessTheStackTurnsItOff() {
        assertTrue(StdoutExtension.wanted("127.0.0.1:9001", null), "on by default");
        assertTrue(StdoutExtension.wanted("127.0.0.1:9001", "true"));
        assertTrue(StdoutExtension.wanted("127.0.0.1:9001", ""));
        assertFalse(StdoutExtension.wanted("127.0.0.1:9001", "false"));
        assertFalse(StdoutExtension.wanted("127.0.0.1:9001", " FALSE "));
    }

    @Test
    void neverOutsideLambda() {
        assertFalse(StdoutExtension.wanted(null, "true"));
        assertFalse(StdoutExtension.wanted(" ", null));
    }
}
