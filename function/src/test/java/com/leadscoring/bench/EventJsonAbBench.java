package com.leadscoring.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.leadscoring.api.Cors;
import com.leadscoring.api.RequestMetrics;
import com.leadscoring.api.ScoreHandler;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.wire.ApiGatewayEventJson;
import com.leadscoring.wire.EventBody;
import com.leadscoring.wire.TextBodyResponse;

/**
 * The stream entry's JSON-in-JSON for the 1,000-lead request, before and after it stopped making Strings, interleaved
 * in one JVM in rounds of 50 ms per case, so load and JIT fall on both alike. Only the envelope: the event read to the
 * bytes the lead parser takes, and the answer (the real 1,000-lead answer's text, in a builder as the handler writes
 * it) written as the response's JSON; parsing, scoring and answering are the same in both and left out. Before: the
 * body read as a String and encoded ({@code String.getBytes}), the answer copied out of its builder into a String and
 * escaped by Jackson's generator, as the entry did. After: {@link ApiGatewayEventJson#readUtf8Body} and
 * {@link ApiGatewayEventJson#write} of a {@link TextBodyResponse}. Minimum, p10 and p50.
 *
 * <p>Arguments: [store, default the fixture store] [seconds per case, default 5].
 */
public final class EventJsonAbBench {

    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private interface Call {
        int run() throws Exception;
    }

    private EventJsonAbBench() {}

    public static void main(String[] args) throws Exception {
        String store = args.length > 0 ? args[0] : FixtureStore.location();
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        ScoreHandler handler =
                new ScoreHandler(Serving.of(ModelLoader.load(store, null)), RequestMetrics.NONE, Cors.NONE);
        APIGatewayProxyRequestEvent typed = ScoringBench.event(1000, false);
        byte[] event = ScoringBench.eventJson(typed);
        APIGatewayProxyResponseEvent answered = handler.handle(typed, null);
        if (answered.getStatusCode() != 200) {
            throw new IllegalStateException("benchmark request failed");
        }
        StringBuilder answer = new StringBuilder(answered.getBody());
        Map<String, String> headers = new HashMap<>(answered.getHeaders());
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        List<String> names = List.of(
                String.format(
                        Locale.ROOT,
                        "before: String body (event %.0f KB, answer %.0f KB)",
                        event.length / 1024.0,
                        answer.length() / 1024.0),
                "after: UTF-8 body, answer escaped from its builder");
        List<Call> calls = List.of(
                () -> {
                    APIGatewayProxyRequestEvent e = ApiGatewayEventJson.read(new ByteArrayInputStream(event));
                    byte[] body = e.getBody().getBytes(StandardCharsets.UTF_8);
                    out.reset();
                    writeAsBefore(
                            new APIGatewayProxyResponseEvent()
                                    .withStatusCode(200)
                                    .withHeaders(headers)
                                    .withBody(answer.toString()),
                            out);
                    return body.length + out.size();
                },
                () -> {
                    EventBody body = EventBody.of(ApiGatewayEventJson.readUtf8Body(new ByteArrayInputStream(event)));
                    out.reset();
                    ApiGatewayEventJson.write(
                            new TextBodyResponse(answer).withStatusCode(200).withHeaders(headers), out);
                    return body.length() + out.size();
                });
        int expected = calls.get(0).run();
        if (calls.get(1).run() != expected) {
            throw new IllegalStateException("the two paths read or wrote different lengths");
        }
        Interleaved.print(
                "read + write, 1,000 leads",
                names,
                Interleaved.run(
                        calls.stream().map(c -> Interleaved.timed(c::run)).toList(),
                        2_000_000_000L,
                        seconds,
                        1_000_000));
    }

    /** The response as the entry wrote it before: every field, the body a String, by Jackson's generator. */
    private static void writeAsBefore(APIGatewayProxyResponseEvent r, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
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
    }
}
