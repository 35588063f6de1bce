package com.leadscoring.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * API Gateway's REST proxy events from JSON and their responses to JSON with Jackson's streaming parser and generator,
 * for the API handler's stream entry (Lambda hands it the event's bytes, so its runtime's own serialization library,
 * shaded Jackson databind with the event mixins, never loads: about 900 classes of a cold start, BENCHMARKS.md) and for
 * the local CLI's {@code invoke}. One implementation for both.
 *
 * <p>Read: the fields the handler and the local CLI use ({@code httpMethod}, {@code path}, {@code resource},
 * {@code headers}, {@code multiValueHeaders}, {@code queryStringParameters}, {@code body}, {@code isBase64Encoded},
 * {@code requestContext}'s {@code requestId}, {@code resourcePath}, {@code httpMethod}, {@code stage}); any other field
 * is skipped. A string field takes a string, a number or a boolean (as written, as the runtime's reader does) or null;
 * a multi-value header takes an array or one value. Anything else is a {@link MalformedEventException} that names the
 * field and the position, never the event's content (which holds leads). Written: the response's non-null fields, as
 * the runtime writes them.
 *
 * <p>The stream entry's body is never a String ({@link #readUtf8Body}, {@link #write}): a 1,000-lead body is about 400
 * KB with every quote of the leads escaped, and its answer 120 KB, which as Strings cost about 2 ms of a 5 ms request
 * (BENCHMARKS.md). The body string is unescaped straight into UTF-8 bytes ({@link JsonStringUnescaper}) and then
 * stepped over rather than skipped by Jackson ({@code Origin}), the answer escaped straight from the builder it was
 * written in ({@link JsonStringEscaper}), each in a buffer of the calling thread, reused request after request.
 */
public final class ApiGatewayEventJson {

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** This thread's buffers: the event as read, its body's bytes, and an answer's text and escaped bytes. */
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private static final class Buffers {
        byte[] event = new byte[1 << 16];
        byte[] body = new byte[1 << 16];
        char[] text = new char[1 << 12];
        byte[] escaped = new byte[1 << 14];
    }

    private ApiGatewayEventJson() {}

    /** An event that is not an API Gateway REST proxy event's JSON; the message says where, never what was there. */
    public static final class MalformedEventException extends IOException {
        private static final long serialVersionUID = 1L;

        private final String problem;
        private final transient JsonLocation at;

        MalformedEventException(String problem, JsonLocation at) {
            super("not an API Gateway REST proxy event: " + problem
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
            this.problem = problem;
            this.at = at;
        }

        /** The same problem where it is in the event, found by a parser that started at {@code origin}. */
        MalformedEventException from(Origin origin) {
            return new MalformedEventException(problem, origin.inEvent(at));
        }
    }

    /**
     * Where in the event the parser reading it starts: its start, until a body unescaped here has been stepped over by
     * starting a parser just past it (Jackson would otherwise scan the 400 KB literal once more only to skip it). A
     * position that parser reports is turned into the event's own, so a malformed event is refused as before.
     */
    private static final class Origin {
        /** Bytes that start a parser inside the event's object, just after a value: an empty field and a zero. */
        static final byte[] RESTART = {'{', '"', '"', ':', '0'};

        int offset;
        int line = 1;
        int column = 1;

        JsonLocation inEvent(JsonLocation at) {
            if (at == null || offset == 0) {
                return at;
            }
            boolean firstLine = at.getLineNr() == 1;
            return new JsonLocation(
                    null,
                    at.getByteOffset() < 0 ? -1 : offset + at.getByteOffset(),
                    -1,
                    firstLine ? line : line + at.getLineNr() - 1,
                    firstLine ? column + at.getColumnNr() - 1 : at.getColumnNr());
        }
    }

    /** The event in {@code json}. */
    public static APIGatewayProxyRequestEvent read(byte[] json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            return read(p);
        }
    }

    /** The event in {@code in}, read to its end; {@code in} is left open. */
    public static APIGatewayProxyRequestEvent read(InputStream in) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            return read(p);
        }
    }

    /**
     * The event in {@code in}, read to its end ({@code in} is left open), its body kept as the body string's UTF-8
     * bytes in this thread's buffer ({@link Utf8BodyEvent}: valid until this thread reads its next event); every other
     * field as {@link #read(InputStream)} reads it.
     */
    public static Utf8BodyEvent readUtf8Body(InputStream in) throws IOException {
        Buffers buffers = BUFFERS.get();
        byte[] json = buffers.event;
        int length = 0;
        for (int n; (n = in.read(json, length, json.length - length)) > 0; ) {
            length += n;
            if (length == json.length) {
                json = buffers.event = Arrays.copyOf(json, 2 * json.length);
            }
        }
        Utf8BodyEvent e = new Utf8BodyEvent();
        try (JsonParser p = JSON.createParser(json, 0, length)) {
            read(p, e, json, length, buffers);
        }
        return e;
    }

    private static APIGatewayProxyRequestEvent read(JsonParser p) throws IOException {
        return read(p, new APIGatewayProxyRequestEvent(), null, 0, null);
    }

    /** Reads into {@code e}; with {@code json} (what {@code first} reads, {@code [0, length)}), the body as bytes. */
    private static APIGatewayProxyRequestEvent read(
            JsonParser first, APIGatewayProxyRequestEvent e, byte[] json, int length, Buffers buffers)
            throws IOException {
        Origin origin = new Origin();
        JsonParser p = first;
        try {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedEventException("the event must be a JSON object", p.currentTokenLocation());
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "httpMethod" -> e.setHttpMethod(text(p, field));
                    case "path" -> e.setPath(text(p, field));
                    case "resource" -> e.setResource(text(p, field));
                    case "body" -> {
                        if (e instanceof Utf8BodyEvent u) {
                            p = utf8Body(p, u, json, length, buffers, origin);
                        } else {
                            e.setBody(text(p, field));
                        }
                    }
                    case "isBase64Encoded" -> e.setIsBase64Encoded(bool(p, field));
                    case "headers" -> e.setHeaders(strings(p, field));
                    case "multiValueHeaders" -> e.setMultiValueHeaders(lists(p, field));
                    case "queryStringParameters" -> e.setQueryStringParameters(strings(p, field));
                    case "requestContext" -> e.setRequestContext(requestContext(p));
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new MalformedEventException("content after the event's object", p.currentTokenLocation());
            }
            return e;
        } catch (MalformedEventException malformed) {
            throw malformed.from(origin);
        } catch (JsonProcessingException invalid) {
            // Jackson's own message quotes the text it stopped at (part of a lead, perhaps): only the position.
            throw new MalformedEventException("not valid JSON", origin.inEvent(invalid.getLocation()));
        } finally {
            if (p != first) {
                p.close();
            }
        }
    }

    /**
     * The body string unescaped straight from the event's bytes into this thread's body buffer, then stepped over: the
     * parser returned goes on just past it ({@link Origin}). What the unescaper leaves to Jackson (a malformed string
     * among them), and a body given as a number or boolean, is read by Jackson and encoded, as before.
     */
    private static JsonParser utf8Body(
            JsonParser p, Utf8BodyEvent e, byte[] json, int length, Buffers buffers, Origin origin) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            e.setBody(null);
            return p;
        }
        if (buffers.body.length < length) {
            buffers.body = new byte[Math.max(length, 2 * buffers.body.length)];
        }
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            JsonLocation at = p.currentTokenLocation();
            int quote = origin.offset + (int) at.getByteOffset();
            long read = JsonStringUnescaper.unescape(json, quote, length, buffers.body);
            if (read >= 0) {
                e.utf8Body(buffers.body, (int) read);
                int end = (int) (read >>> 32);
                int start = end + 1 - Origin.RESTART.length;
                if (start < quote) {
                    return p; // a short literal: Jackson skips it
                }
                JsonLocation quoteInEvent = origin.inEvent(at);
                // The literal is read: its last bytes become the restart, on the quote's line (a literal has no raw
                // line break).
                System.arraycopy(Origin.RESTART, 0, json, start, Origin.RESTART.length);
                origin.offset = start;
                origin.line = quoteInEvent.getLineNr();
                origin.column = quoteInEvent.getColumnNr() + start - quote;
                p.close();
                JsonParser past = JSON.createParser(json, start, length - start);
                past.nextToken(); // {
                past.nextToken(); // the empty field
                past.nextToken(); // 0: where the first parser stood after the body
                return past;
            }
        }
        byte[] text = text(p, "body").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(text, 0, buffers.body, 0, text.length); // never longer than the literal
        e.utf8Body(buffers.body, text.length);
        return p;
    }

    private static APIGatewayProxyRequestEvent.ProxyRequestContext requestContext(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectObject(p, "requestContext");
        APIGatewayProxyRequestEvent.ProxyRequestContext c = new APIGatewayProxyRequestEvent.ProxyRequestContext();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "requestId" -> c.setRequestId(text(p, "requestContext." + field));
                case "resourcePath" -> c.setResourcePath(text(p, "requestContext." + field));
                case "httpMethod" -> c.setHttpMethod(text(p, "requestContext." + field));
                case "stage" -> c.setStage(text(p, "requestContext." + field));
                default -> p.skipChildren();
            }
        }
        return c;
    }

    /** The current value as text: a string as it is, a number or boolean as written, null as null. */
    private static String text(JsonParser p, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING || t.isScalarValue()) {
            return p.getText();
        }
        throw new MalformedEventException(
                "'" + field + "' must be a string, found " + (t.isStructStart() ? "an object or array" : t),
                p.currentTokenLocation());
    }

    private static Boolean bool(JsonParser p, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t.isBoolean()) {
            return t == JsonToken.VALUE_TRUE;
        }
        if (t == JsonToken.VALUE_STRING
                && (p.getText().equals("true") || p.getText().equals("false"))) {
            return Boolean.valueOf(p.getText());
        }
        throw new MalformedEventException("'" + field + "' must be true, false or null", p.currentTokenLocation());
    }

    private static Map<String, String> strings(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectObject(p, field);
        Map<String, String> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            m.put(name, text(p, field + "." + name));
        }
        return m;
    }

    private static Map<String, List<String>> lists(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectObject(p, field);
        Map<String, List<String>> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            List<String> values = new ArrayList<>();
            if (t == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    values.add(text(p, field + "." + name));
                }
            } else if (t != JsonToken.VALUE_NULL) {
                values.add(text(p, field + "." + name)); // one value for a one-element list, as the runtime reads it
            } else {
                values = null;
            }
            m.put(name, values);
        }
        return m;
    }

    private static void expectObject(JsonParser p, String field) throws MalformedEventException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new MalformedEventException("'" + field + "' must be an object or null", p.currentTokenLocation());
        }
    }

    /**
     * {@code r} as compact JSON to {@code out}, which is flushed and left open. The body is escaped straight from its
     * text (a {@link TextBodyResponse}'s builder, or the String) into this thread's buffer, the bytes the generator
     * would have written.
     */
    public static void write(APIGatewayProxyResponseEvent r, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(r, g, BUFFERS.get());
        }
    }

    /** {@code r} as {@code invoke} prints it: the same fields, indented. */
    public static String pretty(APIGatewayProxyResponseEvent r) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            write(r, g, null);
        }
        return out.toString();
    }

    /** With {@code buffers}, the body escaped here (a UTF-8 generator's output); without, by the generator. */
    private static void write(APIGatewayProxyResponseEvent r, JsonGenerator g, Buffers buffers) throws IOException {
        g.writeStartObject();
        if (r.getStatusCode() != null) {
            g.writeNumberField("statusCode", r.getStatusCode());
        }
        if (r.getHeaders() != null) {
            g.writeObjectFieldStart("headers");
            for (Map.Entry<String, String> h : r.getHeaders().entrySet()) {
                g.writeStringField(h.getKey(), h.getValue());
            }
            g.writeEndObject();
        }
        if (r.getMultiValueHeaders() != null) {
            g.writeObjectFieldStart("multiValueHeaders");
            for (Map.Entry<String, List<String>> h : r.getMultiValueHeaders().entrySet()) {
                g.writeFieldName(h.getKey());
                if (h.getValue() == null) {
                    g.writeNull();
                    continue;
                }
                g.writeStartArray();
                for (String v : h.getValue()) {
                    g.writeString(v);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        CharSequence body = r instanceof TextBodyResponse t && t.text() != null ? t.text() : r.getBody();
        if (body != null) {
            g.writeFieldName("body");
            if (buffers == null) {
                g.writeString(body.toString());
            } else {
                writeEscaped(g, body, buffers);
            }
        }
        if (r.getIsBase64Encoded() != null) {
            g.writeBooleanField("isBase64Encoded", r.getIsBase64Encoded());
        }
        g.writeEndObject();
    }

    /** {@code text} as a JSON string value: escaped here, handed to the generator as finished UTF-8. */
    private static void writeEscaped(JsonGenerator g, CharSequence text, Buffers buffers) throws IOException {
        int n = text.length();
        if (buffers.text.length < n) {
            buffers.text = new char[Math.max(n, 2 * buffers.text.length)];
        }
        char[] chars = buffers.text;
        if (text instanceof String s) {
            s.getChars(0, n, chars, 0);
        } else if (text instanceof StringBuilder b) {
            b.getChars(0, n, chars, 0);
        } else {
            for (int i = 0; i < n; i++) {
                chars[i] = text.charAt(i);
            }
        }
        int room = JsonStringEscaper.MAX_BYTES_PER_CHAR * n;
        if (buffers.escaped.length < room) {
            buffers.escaped = new byte[Math.max(room, 2 * buffers.escaped.length)];
        }
        int length = JsonStringEscaper.escape(chars, 0, n, buffers.escaped, 0);
        g.writeRawUTF8String(buffers.escaped, 0, length);
    }
}
