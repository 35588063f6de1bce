package com.leadscoring.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LeadCsvReaderTest {

    static final String ACTIVITY_HEADER =
            "user_activity_var_1,user_activity_var_2,user_activity_var_3,user_activity_var_4,"
                    + "user_activity_var_5,user_activity_var_6,user_activity_var_7,"
                    + "user_activity_var_8,user_activity_var_9,"
                    + "user_activity_var_10,user_activity_var_11,user_activity_var_12";

    static List<LeadCsvRow> read(String csv) throws Exception {
        List<LeadCsvRow> rows = new ArrayList<>();
        try (LeadCsvReader r = LeadCsvReader.open(new StringReader(csv), "t.csv", List.of("buy"))) {
            r.forEach(rows::add);
        }
        return rows;
    }

    @Test
    void readsByHeaderInAnyOrderWithExtrasAndEmptyCells() throws Exception {
        String csv = "buy," + ACTIVITY_HEADER
                + ",signup_date,products_purchased,campaign_var_2,campaign_var_1,created_at,id\n"
                + "1,0,1,0,0,0,0,0,0,0,0,2,0,,,5,4,04-05-2021,7\n"
                + "0,0,0,0,0,0,0,0,0,0,0,0,0,2020-01-01,3,1,1,2021-05-05,8\n";
        List<LeadCsvRow> rows = read(csv);
        assertEquals(2, rows.size());
        Lead a = rows.get(0).lead();
        assertEquals("7", a.id());
        assertEquals(LocalDate.of(2021, 5, 4), a.createdAt());
        assertEquals(4, a.campaignVar1());
        assertEquals(5, a.campaignVar2());
        assertEquals(null, a.productsPurchased());
        assertEquals(null, a.signupDate());
        assertEquals(2, a.userActivityVar(11));
        assertEquals("1", rows.get(0).extra("buy"));
        assertEquals(3, rows.get(1).lead().productsPurchased());
        assertEquals(2, rows.get(0).line());
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void rowErrorsCarryLineAndColumn() throws Exception {
        String csv = "id,created_at,campaign_var_1,campaign_var_2,products_purchased,signup_date," + ACTIVITY_HEADER
                + ",buy\n"
                + "1,2021-01-01,1,1,,,0,0,0,0,0,0,0,0,0,0,0,0,0\n"
                + "2,2021-13-01,x,1,,,0,0,0,0,0,0,0,0,0,0,0,0,0\n";
        List<LeadCsvRow> rows = read(csv);
        assertTrue(rows.get(0).valid());
        assertFalse(rows.get(1).valid());
        assertEquals(3, rows.get(1).line());
        List<String> fields = rows.get(1).validation().problems().stream()
                .map(FieldProblem::field)
                .toList();
        assertEquals(List.of("created_at", "campaign_var_1"), fields);
    }

    @Test
    void aMissingColumnIsNamed() {
        CsvFormatException e = assertThrows(
                CsvFormatException.class,
                () -> read(
                        "id,created_at,campaign_var_1,products_purchased,signup_date," + ACTIVITY_HEADER + ",buy\n"));
        assertTrue(e.getMessage().contains("campaign_var_2"), e.getMessage());
    }

    @Test
    void writerRoundTrips() throws Exception {
        Lead lead = new Lead(
                "id,with \"comma\"", LocalDate.of(2021, 2, 3), 1, 2, null, LocalDate.of(2020, 1, 1), new int[] {
                    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
                });
        StringWriter out = new StringWriter();
        try (LeadCsvWriter w = new LeadCsvWriter(out, List.of("buy"))) {
            w.write(lead, 1);
        }
        List<LeadCsvRow> rows = read(out.toString());
        assertEquals(lead, rows.get(0).lead());
        assertEquals("1", rows.get(0).extra("buy"));
    }
}
