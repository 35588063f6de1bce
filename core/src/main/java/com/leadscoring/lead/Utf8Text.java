package com.leadscoring.lead;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Every text file the project reads (lead CSVs, label CSVs, rescoring results) as strict UTF-8: a UTF-8 byte order mark
 * (as spreadsheet programs write) is skipped; a file in another encoding is refused naming it; bytes that are not UTF-8
 * are refused with their line and byte offset, never turned silently into replacement characters. Messages name the
 * file and a position only, never the text around it (a lead's data).
 */
public final class Utf8Text {

    private Utf8Text() {}

    /** A file that is not UTF-8 text; the message names the file and where. */
    public static final class NotUtf8Exception extends CharacterCodingException {
        private static final long serialVersionUID = 1L;

        private final String message;

        NotUtf8Exception(String message) {
            this.message = message;
        }

        @Override
        public String getMessage() {
            return message;
        }
    }

    /**
     * A strict UTF-8 reader over {@code in}; {@code source} names the file in messages. Refuses at once a byte order
     * mark of UTF-16 or UTF-32, or zero bytes among the first four (UTF-16/32 without a mark).
     */
    public static Reader reader(InputStream in, String source) throws IOException {
        BOMInputStream bom = BOMInputStream.builder()
                .setInputStream(in)
                .setByteOrderMarks(
                        ByteOrderMark.UTF_8,
                        ByteOrderMark.UTF_16LE,
                        ByteOrderMark.UTF_16BE,
                        ByteOrderMark.UTF_32LE,
                        ByteOrderMark.UTF_32BE)
                .setInclude(false)
                .get();
        ByteOrderMark mark = bom.getBOM();
        if (mark != null && !ByteOrderMark.UTF_8.equals(mark)) {
            throw new NotUtf8Exception(source + " is " + mark.getCharsetName()
                    + " text (it starts with that byte order mark); save it as UTF-8");
        }
        PushbackInputStream start = new PushbackInputStream(bom, 4);
        byte[] first = start.readNBytes(4);
        start.unread(first);
        for (byte b : first) {
            if (b == 0) {
                throw new NotUtf8Exception(source + " is not UTF-8 text: zero bytes at its start (UTF-16 or UTF-32"
                        + " without a byte order mark?); save it as UTF-8");
            }
        }
        return new StrictReader(start, source, mark == null ? 0 : mark.length());
    }

    /** Decodes with REPORT on malformed input, counting bytes and lines so a bad byte is named by its position. */
    private static final class StrictReader extends Reader {

        private final InputStream in;
        private final String source;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
        private long offset; // bytes of the file decoded so far (the byte order mark included)
        private long line = 1;
        private boolean eof;
        private boolean flushed;

        StrictReader(InputStream in, String source, long skipped) {
            this.in = in;
            this.source = source;
            this.offset = skipped;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (flushed) {
                return -1;
            }
            CharBuffer out = CharBuffer.wrap(cbuf, off, len);
            while (true) {
                int before = bytes.position();
                CoderResult r = decoder.decode(bytes, out, eof);
                offset += bytes.position() - before;
                if (r.isError()) {
                    countLines(cbuf, off, out.position());
                    throw new NotUtf8Exception(String.format(
                            Locale.ROOT,
                            "%s: line %d: invalid UTF-8 at byte %d of the file; save it as UTF-8",
                            source,
                            line,
                            offset + 1));
                }
                if (eof && r.isUnderflow()) {
                    decoder.flush(out); // UTF-8 keeps no state to flush: it only closes the decoder
                    flushed = true;
                }
                int n = out.position() - off;
                if (n > 0) {
                    countLines(cbuf, off, out.position());
                    return n;
                }
                if (flushed) {
                    return -1;
                }
                bytes.compact();
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
            }
        }

        private void countLines(char[] cbuf, int from, int to) {
            for (int i = from; i < to; i++) {
                if (cbuf[i] == '\n') {
                    line++;
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
