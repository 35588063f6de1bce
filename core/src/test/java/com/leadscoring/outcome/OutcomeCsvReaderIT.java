package com.leadscoring.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadscoring.io.S3Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Outcomes read from a real S3-compatible server. */
class OutcomeCsvReaderIT {

    @RegisterExtension
    static final S3Server s3 = S3Server.pointingClientsHere("data");

    @Test
    void loadsFromS3() throws Exception {
        s3.put("data", "outcomes/crm.csv", "id,buy,decided_at\n1,1,2026-12-01\n");
        Outcomes o = OutcomeCsvReader.load("s3://data/outcomes/crm.csv");
        assertEquals("s3://data/outcomes/crm.csv", o.source());
        assertTrue(o.of("1").buy());
    }
}
