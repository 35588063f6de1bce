package com.leadscoring.lead;

import static com.leadscoring.PropertyTests.qt;
import static com.leadscoring.PropertyTests.unchecked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Property: any CSV body under a valid header gives exactly one row per line, each a lead or an error carrying that
 * line's number and a column — nothing dropped silently, nothing thrown.
 */
class LeadCsvFuzzTest {

    static final String HEADER = "id,created_at,campaign_var_1,campaign_var_2,products_purchased,signup_date,"
            + LeadCsvReaderTest.ACTIVITY_HEADER + ",buy";
    static final int COLUMNS = HEADER.split(",").length;

    static Gen<String> cells() {
        Gen<String> junk = lists().of(arbitrary()
                        .pick("0123456789-abc ".chars().mapToObj(c -> (char) c).toList()))
                .ofSizeBetween(0, 11)
                .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
        return Generate.oneOf(
                integers().between(-3, 12).map(i -> String.valueOf(i)),
                arbitrary()
                        .pick(
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
                junk);
    }

    static Gen<List<List<String>>> bodies() {
        Gen<List<String>> row = integers()
                .between(0, 3)
                .flatMap(shape ->
                        lists().of(cells()).ofSize(shape == 0 ? COLUMNS - 1 : shape == 1 ? COLUMNS + 1 : COLUMNS));
        return lists().of(row).ofSizeBetween(1, 30);
    }

    @Test
    void everyLineIsALeadOrANumberedError() {
        qt(7, 300).forAll(bodies()).checkAssert(unchecked(LeadCsvFuzzTest::everyLineIsALeadOrANumberedError));
    }

    private static void everyLineIsALeadOrANumberedError(List<List<String>> rows) throws Exception {
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
