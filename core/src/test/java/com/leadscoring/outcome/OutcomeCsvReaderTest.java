package com.leadscoring.outcome;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import com.leadscoring.lead.CsvFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeCsvReaderTest {

    static Outcomes read(String csv) throws Exception {
        return OutcomeCsvReader.read(new StringReader(csv), "o.csv", null);
    }

    @Test
    void readsByHeaderWithAByteOrderMarkExtraColumnsAndOptionalDates() throws Exception {
        Outcomes o = read("\uFEFFnote,decided_at,buy,id\nx,2026-12-01,1,7\ny,,0,8\nz,05-12-2026,0,9\n"
                + "w,2026-12-02T23:30:00-02:00,1,10\n");
        assertEquals(4, o.rows());
        assertTrue(o.of("7").buy());
        assertEquals(LocalDate.of(2026, 12, 1), o.of("7").decidedAt());
        assertFalse(o.of("8").buy());
        assertNull(o.of("8").decidedAt());
        assertEquals(LocalDate.of(2026, 12, 5), o.of("9").decidedAt());
        assertEquals(LocalDate.of(2026, 12, 3), o.of("10").decidedAt(), "a timestamp's UTC day");
        assertNull(o.of("11"));
    }

    @Test
    void datesAreOptionalAsAColumnToo() throws Exception {
        Outcomes o = read("id,buy\n1,1\n2,0\n");
        assertEquals(2, o.byId().size());
    }

    @Test
    void aRepeatedIdKeepsItsLatestDecision() throws Exception {
        Outcomes o = read("id,buy,decided_at\n"
                + "1,1,2026-12-05\n"
                + "1,0,2026-12-01\n" // earlier date on a later line: the 5th stays
                + "2,0,2026-12-01\n"
                + "2,1,2026-12-04\n"
                + "3,0,\n"
                + "3,1,\n" // no dates: the later line
                + "4,1,2026-12-04\n"
                + "4,0,2026-12-04\n"); // same day: the later line
        assertTrue(o.of("1").buy());
        assertTrue(o.of("2").buy());
        assertTrue(o.of("3").buy());
        assertFalse(o.of("4").buy());
        assertEquals(8, o.rows());
        assertEquals(4, o.repeated());
    }

    @Test
    void badRowsAreNamedByLineAndColumnNeverByValue() {
        CsvFormatException e = assertThrows(
                CsvFormatException.class,
                () -> read("id,buy,decided_at\n1,1,2026-12-01\n2,yes,2026-12-01\n,0,\n4,1,2026-13-40\n5,1\n"));
        String m = e.getMessage();
        assertTrue(m.startsWith("o.csv: 4 invalid rows: "), m);
        assertTrue(m.contains("line 3, column buy: must be 1 or 0"), m);
        assertTrue(m.contains("line 4, column id: is required"), m);
        assertTrue(m.contains("line 5, column decided_at: must be a date"), m);
        assertTrue(m.contains("line 6: has 2 cells but the header has 3"), m);
        assertFalse(m.contains("yes") || m.contains("2026-13-40"), "no cell value in " + m);
    }

    @Test
    void aMissingColumnOrEmptyFileIsRefusedAtTheHeader() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> read("id,decided_at\n1,2026-12-01\n"));
        assertEquals("o.csv: line 1 (header): missing column buy; the header has 2 columns", e.getMessage());
        e = assertThrows(CsvFormatException.class, () -> read(""));
        assertEquals("o.csv: line 1: no header row (the file is empty)", e.getMessage());
    }

    @Test
    void aFileWithoutItsHeaderRowIsRefusedWithoutQuotingItsFirstRow() {
        CsvFormatException e =
                assertThrows(CsvFormatException.class, () -> read("secret-lead-9,1,2026-12-01\nlead-10,0,\n"));
        assertEquals(
                "o.csv: line 1 (header): missing columns id, buy; none of the first line's 3 cells names a column"
                        + " read here: the file must start with its header row",
                e.getMessage());
    }

    @Test
    void aColumnItReadsTwiceIsRefusedByNameAndColumns() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> read("id,buy,note,buy\n1,1,x,0\n"));
        assertEquals("o.csv: line 1 (header): column buy (columns 2, 4) appears more than once", e.getMessage());
        // A repeated column it does not read is left alone.
        assertDoesNotThrow(() -> read("id,buy,note,note\n1,1,x,y\n"));
    }

    @Test
    void aFileIsReadAsStrictUtf8(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        byte[] head = "id,buy\n1,1\nsecret-\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 3);
        bytes[head.length - 2] = (byte) 0xff; // not UTF-8: the first byte of the é replaced
        bytes[head.length] = ',';
        bytes[head.length + 1] = '0';
        bytes[head.length + 2] = '\n';
        Files.write(bad, bytes);
        Exception e = assertThrows(Exception.class, () -> OutcomeCsvReader.load(bad.toString()));
        assertTrue(e.getMessage().contains(bad.toString()) && e.getMessage().contains("line 3"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());

        Path utf16 = dir.resolve("utf16.csv");
        Files.write(utf16, "id,buy\n1,1\n".getBytes(StandardCharsets.UTF_16));
        Exception e16 = assertThrows(Exception.class, () -> OutcomeCsvReader.load(utf16.toString()));
        assertTrue(e16.getMessage().contains("UTF-16"), e16.getMessage());
    }
}
