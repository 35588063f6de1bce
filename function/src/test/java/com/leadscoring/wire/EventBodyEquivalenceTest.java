package com.leadscoring.wire;

import static com.leadscoring.PropertyTests.qt;
import static com.leadscoring.PropertyTests.quoted;
import static com.leadscoring.PropertyTests.unchecked;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.wire.ApiGatewayEventJson.MalformedEventException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The stream entry's body bytes are the UTF-8 of the body Jackson reads from the same event
 * ({@link JsonStringUnescaper} against Jackson's parser: quotes, backslashes, control characters, unicode escapes in
 * either case, non-ASCII raw or escaped, surrogate pairs and lone surrogates, base64 bodies, empty, absent and null
 * bodies, and raw bytes spliced into the literal, where both readers refuse the same events with the same message), and
 * a response's body is escaped into exactly the bytes Jackson's generator writes ({@link JsonStringEscaper}). A failure
 * prints its seed and the case ({@code -DQT_SEED} replays).
 */
class EventBodyEquivalenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Text mixing what a body literal escapes or encodes: pieces of printable ASCII, JSON's specials, any char. */
    static Gen<String> texts() {
        Gen<String> piece = Generate.oneOf(
                strings().ascii().ofLengthBetween(0, 12),
                arbitrary().pick("\"", "\\", "\\\"", "/", "\"id\":\"L1\"", "{\"leads\":[{\"id\":\"a\\\"b\"}]}"),
                strings().betweenCodePoints(0, 0x1f).ofLengthBetween(1, 3),
                strings().betweenCodePoints(0x7f, 0x7ff).ofLengthBetween(1, 3),
                strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 4),
                strings().betweenCodePoints(0x10000, 0x10ffff).ofLengthBetween(1, 2),
                arbitrary().pick("\ud800", "\udfff", "\ud83d\ude00", "\ude00\ud83d", "\ud83d\"", "\u2028", "é东😀"));
        return lists().of(piece).ofSizeBetween(0, 8).map(parts -> String.join("", parts));
    }

    /** A text and a seed choosing how each of its chars is written in the literal. */
    record Body(String text, long style) {
        @Override
        public String toString() {
            return "Body[" + quoted(text) + ", style=" + style + "]";
        }
    }

    static Gen<Body> bodies() {
        return texts().zip(longs().all(), Body::new);
    }

    /**
     * {@code text} as a JSON string literal, each char written one of the ways JSON allows, as {@code style} picks: as
     * it is (when it may be), by its short escape, or as a unicode escape in lower or upper case hex.
     */
    static String literal(String text, long style) {
        Random r = new Random(style);
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int way = r.nextInt(4);
            boolean mustEscape = c < 0x20 || c == '"' || c == '\\';
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) { // both halves raw (their UTF-8) or both escaped: a raw half alone is not UTF-8
                b.append(
                        way == 0
                                ? text.substring(i, i + 2)
                                : String.format("\\u%04x\\u%04X", (int) c, (int) text.charAt(i + 1)));
                i++;
            } else if (way == 0 && !mustEscape) {
                b.append(c);
            } else if (way == 1 && "\"\\/\b\f\n\r\t".indexOf(c) >= 0) {
                b.append('\\').append("\"\\/bfnrt".charAt("\"\\/\b\f\n\r\t".indexOf(c)));
            } else if (way == 2 || mustEscape) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(String.format("\\u%04X", (int) c));
            }
        }
        return b.append('"').toString();
    }

    private static byte[] event(String bodyLiteral, String base64Flag, boolean flagFirst) {
        return event(bodyLiteral == null ? null : bodyLiteral.getBytes(StandardCharsets.UTF_8), base64Flag, flagFirst);
    }

    /** An event with the body literal {@code bodyLiteral} as these bytes (none when null). */
    private static byte[] event(byte[] bodyLiteral, String base64Flag, boolean flagFirst) {
        String flag = base64Flag == null ? "" : "\"isBase64Encoded\":" + base64Flag + ",";
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        json.writeBytes(("{\"httpMethod\":\"POST\",\"path\":\"/v1/score\"," + (flagFirst ? flag : "")
                        + "\"headers\":{\"Content-Type\":\"application/json\"},")
                .getBytes(StandardCharsets.UTF_8));
        if (bodyLiteral != null) {
            json.writeBytes("\"body\":".getBytes(StandardCharsets.UTF_8));
            json.writeBytes(bodyLiteral);
            json.write(',');
        }
        json.writeBytes(((flagFirst ? "" : flag) + "\"requestContext\":{\"requestId\":\"req-1\"}}")
                .getBytes(StandardCharsets.UTF_8));
        return json.toByteArray();
    }

    private static byte[] bytes(Utf8BodyEvent e) {
        return e.bodyBytes() == null ? null : Arrays.copyOf(e.bodyBytes(), e.bodyLength());
    }

    /** What the body was before: Jackson's String, encoded. */
    private static byte[] jacksonBody(byte[] event) throws IOException {
        String body = ApiGatewayEventJson.read(event).getBody();
        return body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theBodyBytesAreTheUtf8OfWhatJacksonReads() {
        qt(20261208, 3000).forAll(bodies()).checkAssert(unchecked(b -> {
            byte[] event = event(literal(b.text(), b.style()), null, false);
            byte[] expected = JSON.readTree(event).get("body").asText().getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(expected, jacksonBody(event));
            Utf8BodyEvent e = ApiGatewayEventJson.readUtf8Body(new ByteArrayInputStream(event));
            assertArrayEquals(expected, bytes(e));
            assertArrayEquals(
                    expected,
                    Arrays.copyOf(EventBody.of(e).bytes(), EventBody.of(e).length()));
            // Not left to Jackson (which would be equivalent trivially) unless it holds a lone surrogate.
            byte[] literal = literal(b.text(), b.style()).getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[literal.length];
            int n = (int) JsonStringUnescaper.unescape(literal, 0, literal.length, out);
            if (!hasLoneSurrogate(b.text())) {
                assertArrayEquals(expected, Arrays.copyOf(out, Math.max(n, 0)), "decoded here, n = " + n);
            }
            assertEquals("POST", e.getHttpMethod());
            assertEquals("/v1/score", e.getPath());
            assertEquals(Map.of("Content-Type", "application/json"), e.getHeaders());
            assertEquals("req-1", e.getRequestContext().getRequestId());
        }));
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void jacksonsOwnLiteralsReadTheSame() {
        qt(20261209, 2000).forAll(texts()).checkAssert(unchecked(text -> {
            for (String literal : List.of(
                    JSON.writeValueAsString(text),
                    new String(
                            JSON.writer()
                                    .with(JsonWriteFeature.ESCAPE_NON_ASCII)
                                    .writeValueAsBytes(text),
                            StandardCharsets.US_ASCII))) {
                byte[] event = event(literal, null, true);
                assertArrayEquals(
                        jacksonBody(event), bytes(ApiGatewayEventJson.readUtf8Body(new ByteArrayInputStream(event))));
            }
        }));
    }

    /** Raw bytes spliced into a body literal: invalid or overlong UTF-8, encoded surrogates, control bytes, escapes. */
    static Gen<byte[]> splices() {
        Gen<byte[]> chosen = arbitrary()
                .pick(
                        new byte[] {(byte) 0xC0, (byte) 0x80},
                        new byte[] {(byte) 0xC1, (byte) 0xBF},
                        new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0xBD},
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80},
                        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                        new byte[] {(byte) 0xF7, (byte) 0xBF, (byte) 0xBF, (byte) 0xBF},
                        new byte[] {(byte) 0xF8, (byte) 0x80},
                        new byte[] {(byte) 0x80},
                        new byte[] {(byte) 0xE2, (byte) 0x82},
                        new byte[] {'\\', 'x'},
                        new byte[] {'\\', 'u', '1', '2'},
                        new byte[] {'\\', 'u', 'D', '8', '3', 'D'},
                        new byte[] {'\\', 'u', 'd', '8', '3', 'd', '\\', 'u', 'd', 'e', '0', '0'},
                        new byte[] {'\\', 'u', 'd', '8', '3', 'd', '\\', 'n'},
                        new byte[] {'\\'},
                        new byte[] {'\t'},
                        new byte[] {0},
                        new byte[] {'"'},
                        new byte[] {(byte) 0xE6, (byte) 0x9D, (byte) 0xB1});
        Gen<byte[]> random = lists().of(integers().between(0, 255))
                .ofSizeBetween(1, 6)
                .map(l -> {
                    byte[] b = new byte[l.size()];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = (byte) (int) l.get(i);
                    }
                    return b;
                });
        return Generate.oneOf(chosen, random);
    }

    /** A body literal with {@code bytes} spliced in at {@code at} (modulo its length, inside the quotes). */
    record Splice(Body body, byte[] bytes, int at) {
        @Override
        public String toString() {
            return "Splice[" + body + ", bytes=" + Arrays.toString(bytes) + ", at=" + at + "]";
        }

        byte[] splicedLiteral() {
            byte[] lit = literal(body.text(), body.style()).getBytes(StandardCharsets.UTF_8);
            int cut = 1 + at % (lit.length - 1); // after the opening quote, at most just before the closing one
            byte[] spliced = new byte[lit.length + bytes.length];
            System.arraycopy(lit, 0, spliced, 0, cut);
            System.arraycopy(bytes, 0, spliced, cut, bytes.length);
            System.arraycopy(lit, cut, spliced, cut + bytes.length, lit.length - cut);
            return spliced;
        }
    }

    @Test
    void rawBytesInTheLiteralReadAsJacksonReadsThemOrAreRefusedAlike() {
        qt(20261210, 3000)
                .forAll(bodies().zip(splices(), integers().between(0, 1000), Splice::new))
                .checkAssert(unchecked(splice -> {
                    byte[] event = event(splice.splicedLiteral(), null, false);
                    byte[] before;
                    try {
                        before = jacksonBody(event);
                    } catch (MalformedEventException expected) {
                        MalformedEventException got = assertThrows(
                                MalformedEventException.class,
                                () -> ApiGatewayEventJson.readUtf8Body(new ByteArrayInputStream(event)));
                        assertEquals(expected.getMessage(), got.getMessage());
                        assertNull(got.getCause());
                        return;
                    }
                    assertArrayEquals(before, bytes(ApiGatewayEventJson.readUtf8Body(new ByteArrayInputStream(event))));
                }));
    }

    /** Bytes base64-encoded, perhaps with a character that makes them invalid, and where the flag comes. */
    record Base64Body(byte[] raw, String noise, boolean flagFirst) {
        @Override
        public String toString() {
            return "Base64Body[" + Arrays.toString(raw) + ", noise=" + quoted(noise) + ", flagFirst=" + flagFirst + "]";
        }
    }

    static Gen<Base64Body> base64Bodies() {
        Gen<byte[]> raw = lists().of(integers().between(0, 255))
                .ofSizeBetween(0, 40)
                .map(l -> {
                    byte[] b = new byte[l.size()];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = (byte) (int) l.get(i);
                    }
                    return b;
                });
        return raw.zip(
                arbitrary().pick("", "", "!", "=", "é", "A", "\n"), booleans().all(), Base64Body::new);
    }

    @Test
    void base64BodiesDecodeAsBeforeWhereverTheFlagIs() {
        qt(20261211, 1000).forAll(base64Bodies()).checkAssert(unchecked(b -> {
            String encoded = Base64.getEncoder().encodeToString(b.raw()) + b.noise();
            for (String flag : List.of("true", "\"true\"")) {
                byte[] event = event(JSON.writeValueAsString(encoded), flag, b.flagFirst());
                APIGatewayProxyRequestEvent typed = ApiGatewayEventJson.read(event);
                Utf8BodyEvent streamed = ApiGatewayEventJson.readUtf8Body(new ByteArrayInputStream(event));
                assertEquals(Boolean.TRUE, streamed.getIsBase64Encoded());
                assertEquals(EventBody.lowerBound(typed), EventBody.lowerBound(streamed));
                byte[] expected;
                try {
                    expected = Base64.getDecoder().decode(typed.getBody());
                } catch (IllegalArgumentException invalid) {
                    assertThrows(IllegalArgumentException.class, () -> EventBody.of(typed));
                    assertThrows(IllegalArgumentException.class, () -> EventBody.of(streamed));
                    continue;
                }
                for (EventBody body : List.of(EventBody.of(typed), EventBody.of(streamed))) {
                    assertArrayEquals(expected, Arrays.copyOf(body.bytes(), body.length()));
                }
            }
        }));
    }

    /** A lead's value in every malformed event: no message may quote it. */
    private static final String SECRET = "lead-secret-42";

    @Test
    void malformedEventsAreRefusedAsBeforeWhereverTheyBreak() throws IOException {
        String body = "\"{\\\"id\\\": \\\"" + SECRET + "\\\"}\"";
        List<String> malformed = List.of(
                "{\"path\":\"/\",\n  \"body\": " + body + ", \"headers\": [1]}",
                "{\"path\":\"/\",\n  \"body\": " + body + ",\n\n   \"headers\": 5}",
                "{\"body\": " + body + " \"x\": 1}",
                "{\"body\": " + body + "} " + SECRET,
                "{\"body\": " + body + "",
                "{\"body\": " + body + ", \"requestContext\": {\"requestId\": [\"" + SECRET + "\"]}}",
                "{\"body\":" + body + ",\"body\":\"é" + SECRET + "\",\n\"requestContext\": 7}",
                "\n\n  {\"a\": \"é😀\", \"body\":" + body + ",\"body\":\"" + SECRET + "\", \"isBase64Encoded\": 3}",
                "{\"body\":" + body + ",\"multiValueHeaders\":{\"X\":[[\"" + SECRET + "\"]]}}",
                "{\"body\":\"ab\", \"path\": {}}",
                "{\"body\":\"abc\"\n, \"path\": {}}",
                "{\"body\":\"abcd\" , \"path\": {}}");
        for (String json : malformed) {
            byte[] event = json.getBytes(StandardCharsets.UTF_8);
            MalformedEventException before =
                    assertThrows(MalformedEventException.class, () -> ApiGatewayEventJson.read(event), json);
            MalformedEventException after = assertThrows(
                    MalformedEventException.class,
                    () -> ApiGatewayEventJson.readUtf8Body(new ByteArrayInputStream(event)),
                    json);
            assertEquals(before.getMessage(), after.getMessage(), json);
            assertFalse(after.getMessage().contains(SECRET), after.getMessage());
            assertNull(after.getCause());
        }
        // And a well-formed event on several lines reads every field after the body.
        byte[] event = ("{\"body\": " + body + ",\n\"path\": \"/v1/score\",\n\"isBase64Encoded\": false,"
                        + " \"requestContext\": {\"requestId\": \"r\"}}\n")
                .getBytes(StandardCharsets.UTF_8);
        Utf8BodyEvent e = ApiGatewayEventJson.readUtf8Body(new ByteArrayInputStream(event));
        assertEquals("/v1/score", e.getPath());
        assertEquals(Boolean.FALSE, e.getIsBase64Encoded());
        assertEquals("r", e.getRequestContext().getRequestId());
        assertEquals(ApiGatewayEventJson.read(event).getBody(), e.getBody());
    }

    @Test
    void everyLengthAndPlaceOfAnEscapeFitsTheBufferAndAnUnclosedLiteralIsLeftToJackson() {
        for (int n = 0; n < 40; n++) {
            for (int at = 0; at <= n; at++) {
                String text = "a".repeat(at) + "\"" + "b".repeat(n - at);
                byte[] literal = jsonLiteral(text);
                byte[] out = new byte[literal.length]; // no more than the contract's room
                long read = JsonStringUnescaper.unescape(literal, 0, literal.length, out);
                assertEquals(literal.length - 1, (int) (read >>> 32), text);
                assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Arrays.copyOf(out, (int) read), text);
                byte[] unclosed = Arrays.copyOf(literal, literal.length - 1);
                assertEquals(-1, JsonStringUnescaper.unescape(unclosed, 0, unclosed.length, new byte[unclosed.length]));
            }
        }
    }

    private static byte[] jsonLiteral(String text) {
        return ("\"" + text.replace("\"", "\\\"") + "\"").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void emptyAbsentAndNullBodiesAreEmpty() throws IOException {
        for (String literal : new String[] {"\"\"", null, "null"}) {
            byte[] event = event(literal, null, false);
            Utf8BodyEvent e = ApiGatewayEventJson.readUtf8Body(new ByteArrayInputStream(event));
            assertEquals(ApiGatewayEventJson.read(event).getBody(), e.getBody());
            assertEquals(0, EventBody.of(e).length());
            assertEquals(0, EventBody.lowerBound(e));
        }
        // A body written as a number or boolean reads as written, as the runtime's reader reads it.
        byte[] number = event("12.50", null, false);
        assertEquals(
                "12.50",
                ApiGatewayEventJson.readUtf8Body(new ByteArrayInputStream(number))
                        .getBody());
        // A later body wins, as in the runtime's reader, whichever kind each is.
        byte[] twice = "{\"body\":\"first\",\"body\":null}".getBytes(StandardCharsets.UTF_8);
        assertNull(ApiGatewayEventJson.readUtf8Body(new ByteArrayInputStream(twice))
                .getBody());
        byte[] again = "{\"body\":null,\"body\":\"second\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                "second",
                ApiGatewayEventJson.readUtf8Body(new ByteArrayInputStream(again))
                        .getBody());
    }

    @Test
    void anEventLargerThanTheBuffersIsReadWhole() throws IOException {
        String text = "{\"leads\":[" + "{\"id\":\"ö\\\"\"},".repeat(40_000) + "{}]}";
        byte[] event = event(JSON.writeValueAsString(text), null, false);
        Utf8BodyEvent e = ApiGatewayEventJson.readUtf8Body(new ByteArrayInputStream(event));
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes(e));
    }

    /** Jackson's generator's bytes for {@code text} as a string value, without the quotes. */
    private static byte[] generated(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeString(text);
        }
        byte[] quoted = out.toByteArray();
        return Arrays.copyOfRange(quoted, 1, quoted.length - 1);
    }

    @Test
    void escapingWritesWhatTheGeneratorWrites() {
        qt(20261212, 3000).forAll(texts().describedAs(t -> quoted(t))).checkAssert(unchecked(text -> {
            byte[] out = new byte[2 + JsonStringEscaper.MAX_BYTES_PER_CHAR * text.length()];
            out[0] = '#';
            int end = JsonStringEscaper.escape(text.toCharArray(), 0, text.length(), out, 1);
            assertArrayEquals(generated(text), Arrays.copyOfRange(out, 1, end));
        }));
    }

    /** The response as the generator wrote it before: every field by the generator, the body a String. */
    private static byte[] generatedResponse(APIGatewayProxyResponseEvent r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("statusCode", r.getStatusCode());
            g.writeObjectFieldStart("headers");
            for (Map.Entry<String, String> h : r.getHeaders().entrySet()) {
                g.writeStringField(h.getKey(), h.getValue());
            }
            g.writeEndObject();
            g.writeStringField("body", r.getBody());
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    @Test
    void aResponseIsWrittenByteForByteAsBeforeFromItsBuilderOrItsString() {
        qt(20261213, 1000).forAll(texts().describedAs(t -> quoted(t))).checkAssert(unchecked(text -> {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put("X-Text", text);
            StringBuilder builder = new StringBuilder(text);
            APIGatewayProxyResponseEvent built =
                    new TextBodyResponse(builder).withStatusCode(200).withHeaders(headers);
            APIGatewayProxyResponseEvent plain = new APIGatewayProxyResponseEvent()
                    .withStatusCode(200)
                    .withHeaders(headers)
                    .withBody(text);
            byte[] expected = generatedResponse(plain);
            for (APIGatewayProxyResponseEvent r : List.of(built, plain, TextBodyResponse.detached(built))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ApiGatewayEventJson.write(r, out);
                assertArrayEquals(expected, out.toByteArray(), out.toString(StandardCharsets.UTF_8));
            }
            assertEquals(text, built.getBody());
            assertInstanceOf(TextBodyResponse.class, built);
            assertEquals(
                    APIGatewayProxyResponseEvent.class,
                    TextBodyResponse.detached(built).getClass());
        }));
    }
}
