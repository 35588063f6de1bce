package com.leadscoring.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Drift's lead CSV as users save it: a UTF-8 byte order mark is accepted; UTF-16, bytes that are not UTF-8, a missing
 * header row and a repeated column are refused by name and position; bad rows are kept by line and column, and no
 * message quotes a cell.
 */
class NewLeadsTest {

    static String csv;

    static String csv() throws IOException {
        if (csv == null) {
            csv = SampleLeads.csv(SampleLeads.generate(9, 30, false));
        }
        return csv;
    }

    static NewLeads load(byte[] bytes) throws IOException {
        return NewLeads.load("s3://data/in.csv", location -> new ByteArrayInputStream(bytes));
    }

    static IOException refused(byte[] bytes, String... expected) {
        IOException e = assertThrows(IOException.class, () -> load(bytes));
        for (String part : expected) {
            assertTrue(e.getMessage().contains(part), "expected \"" + part + "\" in: " + e.getMessage());
        }
        return e;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        NewLeads leads = load(concat(bom, csv().getBytes(StandardCharsets.UTF_8)));
        assertEquals(30, leads.leads().size());
        assertEquals(0, leads.badRows());
    }

    @Test
    void otherEncodingsAreRefusedByName() throws Exception {
        refused(
                csv().getBytes(StandardCharsets.UTF_16LE),
                "s3://data/in.csv is not UTF-8 text: zero bytes at its start");
        refused(
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, csv().getBytes(StandardCharsets.UTF_16LE)),
                "s3://data/in.csv is UTF-16LE text");
        refused(csv().getBytes(StandardCharsets.UTF_16), "s3://data/in.csv is UTF-16BE text");
    }

    @Test
    void invalidUtf8IsRefusedWithItsLineAndByte() throws Exception {
        String[] lines = csv().split("\n");
        lines[4] = lines[4].replaceFirst("lead-3", "lead-\u00e93");
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
        IOException e = refused(bytes, "s3://data/in.csv: line 5: invalid UTF-8 at byte ");
        int at = Integer.parseInt(e.getMessage().replaceAll(".*at byte (\\d+).*", "$1"));
        assertEquals((byte) 0xE9, bytes[at - 1], e.getMessage());
    }

    @Test
    void aRepeatedColumnIsRefusedWithItsNameAndPlaces() throws Exception {
        String header = csv().substring(0, csv().indexOf('\n'));
        String doubled = header + ",created_at\n" + csv().substring(header.length() + 1);
        refused(
                doubled.getBytes(StandardCharsets.UTF_8),
                "line 1 (header): column created_at (columns 2, 19) appears more than once");
    }

    @Test
    void aFileWithoutItsHeaderRowIsRefusedWithoutQuotingItsFirstRow() throws Exception {
        String body = csv().substring(csv().indexOf('\n') + 1);
        IOException e = refused(
                body.getBytes(StandardCharsets.UTF_8),
                "line 1 (header): missing columns",
                "must start with its header row");
        assertFalse(e.getMessage().contains("lead-0"), e.getMessage());
        String firstRow = body.substring(0, body.indexOf('\n'));
        for (String cell : firstRow.split(",")) {
            assertTrue(cell.length() < 3 || !e.getMessage().contains(cell), "quotes a cell: " + e.getMessage());
        }
    }

    @Test
    void badRowsAreKeptByLineAndColumnAndNoMessageQuotesACell() throws Exception {
        String[] lines = csv().split("\n");
        for (int i = 1; i < lines.length; i++) {
            lines[i] = lines[i].replaceFirst("^([^,]*),[^,]*,", "$1,2021-13-45,");
        }
        lines[3] = lines[3].replaceFirst(",[0-9]+$", ",secret-value");
        IOException e = refused(
                String.join("\n", lines).getBytes(StandardCharsets.UTF_8),
                "s3://data/in.csv: no valid leads (30 invalid rows; first: line 2: created_at)");
        assertFalse(e.getMessage().contains("2021-13-45"), e.getMessage());

        lines[1] = csv().split("\n")[1];
        NewLeads one = load(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        assertEquals(29, one.badRows());
        assertEquals(
                new BadRow(4, List.of("created_at", "user_activity_var_12")),
                one.firstBadRows().get(1));
        assertFalse(one.firstBadRows().toString().contains("secret-value"));
    }
}
