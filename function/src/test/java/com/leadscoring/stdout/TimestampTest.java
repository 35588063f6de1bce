package com.leadscoring.stdout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The kept second's text plus the milliseconds is what the layout's formatter writes, whatever the order of calls. */
class TimestampTest {

    private static String kept(long millis) {
        StringBuilder b = new StringBuilder();
        Timestamp.append(b, millis);
        return b.toString();
    }

    private static void same(long millis) {
        assertEquals(Timestamp.FORMAT.format(Instant.ofEpochMilli(millis)), kept(millis), "at " + millis);
    }

    @Test
    void boundaries() {
        long[] instants = {
            0,
            1,
            9,
            10,
            99,
            100,
            999,
            1000,
            1001,
            -1,
            -999,
            -1000,
            -1001,
            Instant.parse("2026-12-31T23:59:59.999Z").toEpochMilli(),
            Instant.parse("2027-01-01T00:00:00.000Z").toEpochMilli(),
            Instant.parse("2028-02-29T12:00:00.050Z").toEpochMilli(),
            System.currentTimeMillis()
        };
        for (long millis : instants) {
            same(millis);
            same(millis); // the kept second
        }
    }

    @Test
    void randomInstantsInAndOutOfOrder() {
        Random r = new Random(34);
        long now = System.currentTimeMillis();
        for (int i = 0; i < 20_000; i++) {
            same(r.nextInt(4) == 0 ? now + r.nextInt(3_000) : r.nextLong() % 4_000_000_000_000L);
        }
    }
}
