package com.leadscoring.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Extensions API's events, as Lambda documents them, read without a JSON library. */
class ExtensionEventTest {

    @Test
    void anInvokeEventGivesItsRequestIdAndDeadline() {
        ExtensionEvent e = ExtensionEvent.parse("""
                {
                  "eventType" : "INVOKE",
                  "deadlineMs": 1796697972690,
                  "requestId": "3da1f2dc-3222-475e-9205-e2e6c6318895",
                  "invokedFunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:ExtensionTest",
                  "tracing": {"type": "X-Amzn-Trace-Id", "value": "Root=1-5f35ae12-0c0fec141ab77a00bc047aa2"}
                }""");
        assertTrue(e.invoke());
        assertEquals("3da1f2dc-3222-475e-9205-e2e6c6318895", e.requestId());
        assertEquals(1796697972690L, e.deadlineMs());
    }

    @Test
    void aShutdownEventIsNoInvoke() {
        ExtensionEvent e =
                ExtensionEvent.parse("{\"eventType\":\"SHUTDOWN\",\"shutdownReason\":\"spindown\",\"deadlineMs\":5}");
        assertFalse(e.invoke());
        assertEquals("SHUTDOWN", e.type());
        assertNull(e.requestId());
        assertEquals(5, e.deadlineMs());
    }
}
