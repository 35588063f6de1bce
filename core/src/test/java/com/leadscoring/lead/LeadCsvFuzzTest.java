package com.leadscoring.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property: any CSV body under a valid header gives exactly one row per line, each a lead or an error carrying that
 * line's number and a column — nothing dropped silently, nothing thrown.
 */
class LeadCsvFuzzTest {

    static final String HEADER = "id,created_at,campaign_var_1,campaign_var_2,products_purchased,signup_date,"
            + LeadCsvReaderTest.ACTIVITY_HEADER + ",buy";
    static final int COLUMNS = HEADER.split(",").length;

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-3, 12).map(String::valueOf),
                Arbitraries.of(
                        "",
                        " ",
                        "2021-05-04",
                        "04-05-2021",
                        "2021-02-30",
                        "31-02-2021",
                        "0000-01-01",
                        "1e3",
                        "3.5",
                        "-0",
                        "99999999999",
                        "NaN",
                        "null",
                        "x"),
                Arbitraries.strings().withChars("0123456789-abc ").ofMaxLength(11));
    }

    @Provide
    Arbitrary<List<List<String>>> bodies() {
        Arbitrary<List<String>> row = Arbitraries.integers()
                .between(0, 3)
                .flatMap(shape -> cells().list().ofSize(shape == 0 ? COLUMNS - 1 : shape == 1 ? COLUMNS + 1 : COLUMNS));
        return row.list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 300, seed = "7")
    void everyLineIsALeadOrANumberedError(@ForAll("bodies") List<List<String>> rows) throws Exception {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        rows.forEach(r -> csv.append(String.join(",", r)).append('\n'));
        int seen = 0;
        try (LeadCsvReader reader = LeadCsvReader.open(new StringReader(csv.toString()), "fuzz.csv", List.of("buy"))) {
            for (LeadCsvRow row : reader) {
                seen++;
                assertEquals(seen + 1, row.line(), "line number of data row " + seen);
                if (row.valid()) {
                    assertEquals(COLUMNS, rows.get(seen - 1).size());
                } else {
                    assertFalse(row.validation().problems().isEmpty());
                    row.validation()
                            .problems()
                            .forEach(p -> assertTrue(
                                    HEADER.contains(p.field()) || p.field().equals("(row)"), p.toString()));
                }
            }
        }
        assertEquals(rows.size(), seen, "rows in = rows out");
    }
}
