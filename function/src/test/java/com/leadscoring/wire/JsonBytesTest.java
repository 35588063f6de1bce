package com.leadscoring.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Strings as JSON bytes: exactly JsonText's text (Jackson's escaping) in UTF-8, and Jackson reads them back. */
class JsonBytesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static void check(String s) throws Exception {
        byte[] b = new byte[2 + JsonBytes.MAX_BYTES_PER_CHAR * s.length()];
        int end = JsonBytes.string(b, 0, s);
        StringBuilder text = new StringBuilder();
        JsonText.string(text, s);
        // A lone surrogate cannot be UTF-8: it becomes '?', as String.getBytes writes it.
        assertEquals(utf8(text.toString()), new String(b, 0, end, StandardCharsets.UTF_8), "as JsonText writes it");
        String expected = utf8(s);
        assertEquals(expected, JSON.readValue(b, 0, end, String.class));
    }

    static String utf8(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    @Test
    void quotesBackslashesControlCharactersAndNonAscii() throws Exception {
        check("");
        check("plain-id-42");
        check("a \"quoted\" \\ back\\slash / slash");
        check("tab\tnew\nline\rcr\bbs\fff\u0000nul\u001fus\u007fdel");
        check("Zoë Ørsted – 東京 🎯 \u2028");
        check("lone \ud83c surrogate \udfaf end \ud83c");
    }

    @Test
    void randomStrings() throws Exception {
        Random r = new Random(31);
        for (int i = 0; i < 20_000; i++) {
            char[] cs = new char[r.nextInt(12)];
            for (int k = 0; k < cs.length; k++) {
                int kind = r.nextInt(4);
                cs[k] = (char) (kind == 0 ? r.nextInt(0x80) : kind == 1 ? r.nextInt(0x20) : r.nextInt(0x10000));
            }
            check(new String(cs));
        }
    }
}
