package com.leadscoring.wire;

import java.nio.charset.StandardCharsets;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;

/**
 * A proxy event read by the stream entry ({@link ApiGatewayEventJson#readUtf8Body}): its body is kept as the UTF-8
 * bytes of the body string, in a buffer of the reading thread that its next event reuses, so a 1,000-lead body (400 KB)
 * is never a String. {@link #getBody} still makes one for any other reader, off the hot path.
 */
public final class Utf8BodyEvent extends APIGatewayProxyRequestEvent {

    private static final long serialVersionUID = 1L;

    private transient byte[] bytes;
    private transient int length;

    Utf8BodyEvent() {}

    /** The body string's UTF-8 bytes: {@code bytes[0, length)}, or null with {@code length} 0 when it has none. */
    void utf8Body(byte[] bytes, int length) {
        this.bytes = bytes;
        this.length = length;
    }

    /**
     * The bytes holding the body string's UTF-8, {@code [0, bodyLength())}; null when the event has no body. Valid
     * until this thread reads its next event.
     */
    public byte[] bodyBytes() {
        return bytes;
    }

    public int bodyLength() {
        return length;
    }

    @Override
    public String getBody() {
        return bytes == null ? super.getBody() : new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    @Override
    public void setBody(String body) {
        bytes = null;
        length = 0;
        super.setBody(body);
    }
}
