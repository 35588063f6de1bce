package com.leadscoring.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;

/**
 * A proxy event's body as the bytes a handler parses, {@code bytes[0, length)}: the body string's UTF-8, or what it
 * decodes to when the event says it is base64. An event read by the stream entry ({@link Utf8BodyEvent}) hands over its
 * bytes as they are (valid until its thread reads the next event); a typed event's String is encoded.
 */
public record EventBody(byte[] bytes, int length) {

    private static final EventBody EMPTY = new EventBody(new byte[0], 0);

    /**
     * The body of {@code event}, decoded when {@code isBase64Encoded} is true; an absent body is empty.
     *
     * @throws IllegalArgumentException when the body is marked base64 but is not
     */
    public static EventBody of(APIGatewayProxyRequestEvent event) {
        boolean base64 = Boolean.TRUE.equals(event.getIsBase64Encoded());
        if (event instanceof Utf8BodyEvent u && u.bodyBytes() != null) {
            if (!base64) {
                return new EventBody(u.bodyBytes(), u.bodyLength());
            }
            ByteBuffer decoded = Base64.getDecoder().decode(ByteBuffer.wrap(u.bodyBytes(), 0, u.bodyLength()));
            return new EventBody(decoded.array(), decoded.limit());
        }
        String body = event.getBody();
        if (body == null) {
            return EMPTY;
        }
        byte[] bytes = base64 ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        return new EventBody(bytes, bytes.length);
    }

    /**
     * A lower bound of the body's length once decoded, known before decoding it (so a body far too large is refused
     * undecoded): base64's 3/4 of the body string's chars less 2, or else the chars of a typed event's String (each at
     * least one byte) or the bytes themselves of an event the stream entry read.
     */
    public static long lowerBound(APIGatewayProxyRequestEvent event) {
        boolean base64 = Boolean.TRUE.equals(event.getIsBase64Encoded());
        long chars;
        if (event instanceof Utf8BodyEvent u && u.bodyBytes() != null) {
            if (!base64) {
                return u.bodyLength();
            }
            chars = 0;
            for (int i = 0; i < u.bodyLength(); i++) {
                int b = u.bodyBytes()[i] & 0xFF;
                if ((b & 0xC0) != 0x80) {
                    chars += b >= 0xF0 ? 2 : 1; // a UTF-8 sequence's lead byte: one char, two for a surrogate pair
                }
            }
        } else {
            chars = event.getBody() == null ? 0 : event.getBody().length();
        }
        return base64 ? chars * 3 / 4 - 2 : chars;
    }
}
