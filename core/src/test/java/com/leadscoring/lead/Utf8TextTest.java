package com.leadscoring.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Strict UTF-8 with positions that stay true past the decoder's buffer, and the byte order marks of other encodings.
 */
class Utf8TextTest {

    static String read(byte[] bytes) throws IOException {
        StringWriter w = new StringWriter();
        try (Reader r = Utf8Text.reader(new ByteArrayInputStream(bytes), "f.csv")) {
            r.transferTo(w);
        }
        return w.toString();
    }

    @Test
    void multiByteTextAcrossBufferBoundariesIsReadWhole() throws Exception {
        String text = "ab,é€\uD83D\uDE80\n".repeat(5000);
        assertEquals(text, read(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("", read(new byte[0]));
    }

    @Test
    void aBadByteFarIntoTheFileIsNamedByItsLineAndOffset() {
        byte[] good = "id,x\n".repeat(4000).getBytes(StandardCharsets.UTF_8); // 20,000 bytes, 4,000 lines
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = 'a';
        bytes[good.length + 1] = (byte) 0xC3; // a lead byte whose continuation never comes
        bytes[good.length + 2] = '\n';
        IOException e = assertThrows(IOException.class, () -> read(bytes));
        assertEquals("f.csv: line 4001: invalid UTF-8 at byte 20002 of the file; save it as UTF-8", e.getMessage());
    }

    @Test
    void aTruncatedSequenceAtTheEndIsRefused() {
        byte[] bytes = {'a', (byte) 0xE2, (byte) 0x82};
        IOException e = assertThrows(IOException.class, () -> read(bytes));
        assertTrue(e.getMessage().contains("line 1: invalid UTF-8 at byte 2"), e.getMessage());
    }

    @Test
    void utf32IsNamedByItsByteOrderMark() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', 0, 0, 0};
        IOException e = assertThrows(IOException.class, () -> read(bytes));
        assertTrue(e.getMessage().startsWith("f.csv is UTF-32LE text"), e.getMessage());
    }
}
