package com.leadscoring.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** What the writer and the sample leads make is read back, by the validators the function uses, as the same lead. */
class LeadJsonWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Object> parse(String json) throws Exception {
        return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    }

    private static RawLead raw(Map<String, Object> fields) {
        return field -> {
            Object v = fields.get(field.fieldName());
            if (v == null) {
                return RawValue.MISSING;
            }
            if (v instanceof Integer || v instanceof Long) {
                return new RawValue.Integral(((Number) v).longValue());
            }
            return v.toString().isEmpty() ? RawValue.MISSING : new RawValue.Text(v.toString());
        };
    }

    @Test
    void anApiLeadReadsBackAsTheSameLeadWithEveryFieldOfTheSchema() throws Exception {
        for (int i = 0; i < 200; i++) {
            Lead lead = SampleLeads.varied("lead-" + i, i);
            Map<String, Object> fields = parse(LeadJsonWriter.apiLead(lead));
            LeadValidation read = LeadValidator.forJson().validate(raw(fields));
            assertTrue(read.valid(), read.problems().toString());
            assertEquals(lead, read.lead());
            int expectedFields = LeadField.values().length
                    - (lead.productsPurchased() == null ? 1 : 0)
                    - (lead.signupDate() == null ? 1 : 0);
            assertEquals(expectedFields, fields.size(), "a missing optional field is left out, nothing else");
        }
    }

    @Test
    void aBatchItemIsAllTextAndReadsBackWithTheCsvRulesInEitherDateFormat() throws Exception {
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            Lead lead = SampleLeads.random(String.valueOf(5000 + i), random, i % 4 != 0, i % 3 != 0);
            var dates = i % 2 == 0 ? LeadDates.ISO : LeadDates.DATA_SET;
            Map<String, Object> fields = parse(LeadJsonWriter.batchItem(lead, dates));
            assertEquals(LeadField.values().length, fields.size(), "every column, empty ones as \"\"");
            assertTrue(fields.values().stream().allMatch(String.class::isInstance), "every value is text");
            LeadValidation read = LeadValidator.forCsv().validate(raw(fields));
            assertTrue(read.valid(), read.problems().toString());
            assertEquals(lead, read.lead());
        }
    }

    @Test
    void theVariedSequenceReachesEveryMonthAndBothShapesOfLead() {
        Set<Integer> months = new HashSet<>();
        boolean withOptional = false;
        boolean withoutOptional = false;
        for (int i = 0; i < 24; i++) {
            Lead lead = SampleLeads.varied("x", i);
            months.add(lead.createdAt().getMonthValue());
            withOptional |= lead.signupDate() != null && lead.productsPurchased() != null;
            withoutOptional |= lead.signupDate() == null && lead.productsPurchased() == null;
        }
        assertEquals(12, months.size());
        assertTrue(withOptional && withoutOptional);
        assertFalse(SampleLeads.varied("x", 3).equals(SampleLeads.varied("x", 4)));
    }
}
