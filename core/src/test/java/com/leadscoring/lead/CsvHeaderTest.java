package com.leadscoring.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

class CsvHeaderTest {

    static CsvHeader header(String csv, List<String> required, List<String> optional) throws Exception {
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(csv))
                .setFormat(CsvHeader.FORMAT)
                .get()) {
            return CsvHeader.read(parser, "f.csv", required, optional);
        }
    }

    @Test
    void columnsAreFoundByNameWhateverTheOrderSpacesOrByteOrderMark() throws Exception {
        CsvHeader h = header("\uFEFFb , note,a\n1,2,3\n", List.of("a", "b"), List.of("c", "note"));
        assertEquals(0, h.column("b"));
        assertEquals(1, h.column("note"));
        assertEquals(2, h.column("a"));
        assertNull(h.column("c"), "an optional column the file lacks");
        assertEquals(3, h.size());
    }

    @Test
    void aColumnReadTwiceIsRefusedWithItsPlacesAndOneNotReadIsLeftAlone() throws Exception {
        CsvFormatException e = assertThrows(
                CsvFormatException.class, () -> header("a,b,x,a,c,b,x\n", List.of("a", "b"), List.of("c")));
        assertEquals(
                "f.csv: line 1 (header): columns a (columns 1, 4), b (columns 2, 6) appear more than once",
                e.getMessage());
        assertEquals(
                7, header("a,b,x,x,x,c,d\n", List.of("a", "b"), List.of("c")).size());
    }

    @Test
    void missingColumnsAreNamedAndADataLineIsNeverQuoted() {
        CsvFormatException e =
                assertThrows(CsvFormatException.class, () -> header("a,note\n", List.of("a", "b", "c"), List.of()));
        assertEquals("f.csv: line 1 (header): missing columns b, c; the header has 2 columns", e.getMessage());

        e = assertThrows(
                CsvFormatException.class,
                () -> header("lead-secret-77,31-02-2021,4\n", List.of("id", "created_at"), List.of()));
        assertEquals(
                "f.csv: line 1 (header): missing columns id, created_at; none of the first line's 3 cells names a"
                        + " column read here: the file must start with its header row",
                e.getMessage());
        assertFalse(e.getMessage().contains("secret") || e.getMessage().contains("2021"), e.getMessage());

        e = assertThrows(CsvFormatException.class, () -> header("", List.of("a"), List.of()));
        assertEquals("f.csv: line 1: no header row (the file is empty)", e.getMessage());
    }
}
