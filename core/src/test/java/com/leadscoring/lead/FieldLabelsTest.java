package com.leadscoring.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class FieldLabelsTest {

    @Test
    void readsLabelsAndDescriptionsAndLabelsTheRestByName() throws Exception {
        FieldLabels l = FieldLabels.fromCsv(
                new StringReader("field,label,description\n"
                        + "signup_date,Signed up,\"Whether, and when\"\nuser_activity_var_9,Webinar visits,\n"),
                "labels.csv");
        assertEquals("Signed up", l.label("signup_date"));
        assertEquals("Whether, and when", l.description("signup_date"));
        assertEquals("Webinar visits", l.label("user_activity_var_9"));
        assertEquals("", l.description("user_activity_var_9"));
        assertEquals("campaign_var_1", l.label("campaign_var_1"));
    }

    @Test
    void theCombinedActivityGroupOfTheSearchEncodersCanBeLabelled() throws Exception {
        FieldLabels l =
                FieldLabels.fromCsv(new StringReader("field,label\nuser_activity_var_*,All activity\n"), "labels.csv");
        assertEquals("All activity", l.label(LeadField.ALL_USER_ACTIVITY));
        assertThrows(
                CsvFormatException.class,
                () -> FieldLabels.fromCsv(new StringReader("field,label\nuser_activity_*,All\n"), "labels.csv"));
    }

    @Test
    void eachProblemNamesItsLine() {
        String[][] cases = {
            {"field,label\nsignup_date,Signed up\nsignup_dat,Typo\n", "line 3", "signup_dat"},
            {"field,label\nsignup_date,\n", "line 2", "has no label"},
            {"field,label\nid,The id\n", "line 2", "'id'"},
            {"field,label\nsignup_date,A\nsignup_date,B\n", "line 3", "labelled twice"},
            {"name,text\nsignup_date,A\n", "line 1", "field,label"},
            {"field,label,descripton\nsignup_date,A,typo\n", "line 1", "descripton"},
        };
        for (String[] c : cases) {
            CsvFormatException e = assertThrows(
                    CsvFormatException.class, () -> FieldLabels.fromCsv(new StringReader(c[0]), "labels.csv"), c[0]);
            assertTrue(
                    e.getMessage().contains("labels.csv: " + c[1])
                            && e.getMessage().contains(c[2]),
                    e.getMessage());
        }
    }
}
