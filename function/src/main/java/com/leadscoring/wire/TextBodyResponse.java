package com.leadscoring.wire;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

/**
 * A proxy response whose body is still the text it was built in (a builder of the answering thread, reused by its next
 * answer), so the stream entry escapes it into the response JSON straight from there
 * ({@link ApiGatewayEventJson#write}) instead of first copying a 200 KB String out of it. {@link #getBody} makes the
 * String for any other reader; an answer handed past its request (the typed entry's) is {@link #detached} first.
 */
public final class TextBodyResponse extends APIGatewayProxyResponseEvent {

    private static final long serialVersionUID = 1L;

    private transient CharSequence text;

    /** A response whose body is {@code text}, as it is when written (not copied). */
    public TextBodyResponse(CharSequence text) {
        this.text = text;
    }

    /** The body's text; null once another body was set. */
    CharSequence text() {
        return text;
    }

    @Override
    public String getBody() {
        return text == null ? super.getBody() : text.toString();
    }

    @Override
    public void setBody(String body) {
        text = null;
        super.setBody(body);
    }

    /** {@code r} as a plain response with its body as a String: safe to keep past the request. */
    public static APIGatewayProxyResponseEvent detached(APIGatewayProxyResponseEvent r) {
        if (!(r instanceof TextBodyResponse)) {
            return r;
        }
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(r.getStatusCode())
                .withHeaders(r.getHeaders())
                .withMultiValueHeaders(r.getMultiValueHeaders())
                .withBody(r.getBody())
                .withIsBase64Encoded(r.getIsBase64Encoded());
    }
}
