package com.leadscoring.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadscoring.io.InProcessS3;
import org.junit.jupiter.api.Test;

/** Outcomes read from a real S3-compatible server. */
class OutcomeCsvReaderIT {

    @Test
    void loadsFromS3() throws Exception {
        try (InProcessS3 s3 = InProcessS3.start("data").pointClientsHere()) {
            s3.put("data", "outcomes/crm.csv", "id,buy,decided_at\n1,1,2026-12-01\n");
            Outcomes o = OutcomeCsvReader.load("s3://data/outcomes/crm.csv");
            assertEquals("s3://data/outcomes/crm.csv", o.source());
            assertTrue(o.of("1").buy());
        }
    }
}
