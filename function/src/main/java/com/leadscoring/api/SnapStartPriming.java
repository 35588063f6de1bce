package com.leadscoring.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadJsonWriter;
import com.leadscoring.lead.SampleLeads;
import com.leadscoring.wire.ApiGatewayEventJson;
import com.leadscoring.wire.JsonText;
import org.crac.Context;
import org.crac.Resource;
import org.slf4j.LoggerFactory;

/**
 * SnapStart priming: before Lambda snapshots the initialised function, run each kind of request the API answers through
 * the handler, from the event's JSON to the response's as Lambda's entry does (the handler's typed entry between
 * {@link ApiGatewayEventJson}'s reading and writing, so that the requests are not counted), so the snapshot holds a
 * loaded model, an initialised ONNX Runtime session and warm code for all of them: one lead, the 1,000-lead maximum,
 * explanations, leads that fail validation and malformed JSON (both 400, different problems), the model and health
 * routes. Priming only one kind (one explained lead) left the first 1,000-lead request at 13 ms and the first invalid
 * one at 10 ms with Lambda's JVM options; this priming leaves 3.4 ms and 0.55 ms (BENCHMARKS.md). Priming requests are
 * logged at DEBUG (request id {@code priming}) with one INFO line for the whole priming, and are not counted in the
 * function's metrics, so its grade mix, error counts and request lines are the callers' alone. Nothing
 * request-specific, random or secret is created here; S3 clients are not kept after loading, so no open connection or
 * credential is captured.
 */
final class SnapStartPriming implements Resource {

    private static final LocalDate CREATED = LocalDate.of(2021, 5, 4);

    /**
     * A kind of request (API Gateway's event, as the JSON Lambda hands over), the status a healthy function answers it
     * with, and how many times it is run.
     */
    record Kind(String name, byte[] json, int expectedStatus, int rounds) {

        /** The event, read as Lambda's entry reads it. */
        APIGatewayProxyRequestEvent event() {
            try {
                return ApiGatewayEventJson.readUtf8Body(new ByteArrayInputStream(json));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final ScoreHandler handler;
    private int requestsRun;

    private SnapStartPriming(ScoreHandler handler) {
        this.handler = handler;
    }

    /**
     * Registers the hook with {@code context} and returns it. The caller must keep the reference: CRaC contexts (the
     * Lambda runtime's among them) hold resources weakly, so an unreferenced hook can be collected before the snapshot.
     */
    static SnapStartPriming register(ScoreHandler handler, Context<Resource> context) {
        SnapStartPriming priming = new SnapStartPriming(handler);
        context.register(priming);
        return priming;
    }

    /** The kinds of request, each run {@code rounds} times, the 1,000-lead one 4 times as often (50: ~0.6 s in all). */
    static List<Kind> kinds(int rounds) {
        return List.of(
                new Kind("one lead", score(leads(1, CREATED, false)), 200, rounds),
                new Kind("one lead, explained", score(leads(1, CREATED, true)), 200, rounds),
                // Its per-lead code reaches its warm speed only after a few hundred requests (default JVM: 3 ms after
                // 50, 1.7 ms after 200, 1.3 ms warm; 200 with Lambda's C1-only options leave the next one at 1.4×
                // warm).
                new Kind("1,000 leads", score(leads(1000, null, false)), 200, 4 * rounds),
                new Kind("invalid leads", score(invalidLeads()), 400, rounds),
                new Kind("malformed JSON", score("{\"leads\": ["), 400, rounds),
                new Kind("the model", get(Route.MODEL), 200, rounds),
                new Kind("health", get(Route.HEALTH), 200, rounds));
    }

    /** Runs every kind; returns the kinds a healthy function would have answered otherwise (empty when healthy). */
    List<String> prime(int rounds) {
        List<String> problems = new ArrayList<>();
        for (Kind kind : kinds(rounds)) {
            int status = 0;
            for (int i = 0; i < kind.rounds(); i++) {
                APIGatewayProxyResponseEvent response = handler.handleUnrecorded(kind.event());
                try {
                    ApiGatewayEventJson.write(response, OutputStream.nullOutputStream());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                status = response.getStatusCode();
                requestsRun++;
            }
            if (status != kind.expectedStatus()) {
                problems.add(kind.name() + " answered " + status + ", expected " + kind.expectedStatus());
            }
        }
        return problems;
    }

    int requestsRun() {
        return requestsRun;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        long start = System.nanoTime();
        List<String> problems = prime(50);
        // The scoring requests above ran through the tracer (no trace at init: no-ops); this warms what a sampled
        // request adds, X-Ray's entities and their serialization, without sending anything.
        handler.tracer().prime();
        LoggerFactory.getLogger(SnapStartPriming.class)
                .atInfo()
                .addKeyValue("requests", requestsRun)
                .addKeyValue("problems", problems.size())
                .addKeyValue("millis", (System.nanoTime() - start) / 1_000_000)
                .log("SnapStart priming done");
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "priming: " + String.join("; ", problems) + "; refusing to snapshot a broken function");
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: no clocks, seeds, credentials or connections were captured.
    }

    /** One valid lead and two with each kind of problem a caller makes, so every validation path is warm. */
    private static String invalidLeads() {
        String valid = LeadJsonWriter.apiLead(lead("priming-0"));
        String badValues = LeadJsonWriter.apiLead(lead("priming-1"))
                .replace("\"created_at\":\"2021-05-04\"", "\"created_at\":\"2021-02-30\"") // impossible date
                .replace("\"campaign_var_1\":1", "\"campaign_var_1\":-3") // out of range
                .replace("\"user_activity_var_4\":0", "\"user_activity_var_4\":\"many\""); // text in a number
        String badShape = LeadJsonWriter.apiLead(lead("priming-2"))
                .replace("\"id\":\"priming-2\"", "\"id\":2") // id of another type
                .replace("\"created_at\":\"2021-05-04\",", "") // required field missing
                .replace("}", ",\"campain_var_1\":2}"); // unknown field
        return "{\"leads\":[" + valid + "," + badValues + "," + badShape + "]}";
    }

    /** A valid lead created 2021-05-04 with campaign numbers 1 and 2 and nearly all counts 0. */
    private static Lead lead(String id) {
        int[] activity = new int[Lead.ACTIVITY_COUNT];
        activity[1] = 1;
        activity[5] = 1;
        return new Lead(id, CREATED, 1, 2, 1, LocalDate.of(2020, 1, 1), activity);
    }

    /**
     * {@code n} leads whose values vary as real ones do ({@link SampleLeads#varied}), deterministically: code compiled
     * on one repeated lead has only seen its branches (the optimising compiler of a default JVM discards such code at
     * the first other lead). {@code fixedCreatedAt} pins the creation date of one-lead requests; null varies it too.
     */
    private static String leads(int n, LocalDate fixedCreatedAt, boolean explain) {
        StringBuilder b = new StringBuilder("{\"leads\":[");
        for (int i = 0; i < n; i++) {
            Lead l = SampleLeads.varied("priming-" + i, i);
            if (fixedCreatedAt != null) {
                l = new Lead(
                        l.id(),
                        fixedCreatedAt,
                        l.campaignVar1(),
                        l.campaignVar2(),
                        l.productsPurchased(),
                        l.signupDate(),
                        l.userActivity());
            }
            b.append(i == 0 ? "" : ",").append(LeadJsonWriter.apiLead(l));
        }
        return b.append("],\"explain\":").append(explain).append('}').toString();
    }

    /**
     * API Gateway's event as Lambda hands it over (both header forms, a request context), so the code compiled while
     * priming has read and seen what real requests bring (with immutable maps, the default JVM's first real one-lead
     * request after priming took 3.4 ms instead of 0.5 ms).
     */
    private static byte[] score(String body) {
        return event("POST", Route.SCORE.path(), body);
    }

    private static byte[] get(Route route) {
        return event("GET", route.path(), null);
    }

    private static byte[] event(String method, String path, String body) {
        StringBuilder b = new StringBuilder(body == null ? 512 : body.length() + 512);
        b.append("{\"resource\":");
        JsonText.string(b, path);
        b.append(",\"path\":");
        JsonText.string(b, path);
        b.append(",\"httpMethod\":");
        JsonText.string(b, method);
        b.append(",\"headers\":{\"Accept\":\"application/json\",\"Content-Type\":\"application/json\"}")
                .append(",\"multiValueHeaders\":{\"Accept\":[\"application/json\"],")
                .append("\"Content-Type\":[\"application/json\"]}")
                .append(",\"queryStringParameters\":null,\"pathParameters\":null,\"stageVariables\":null")
                .append(",\"requestContext\":{\"requestId\":\"priming\",\"httpMethod\":");
        JsonText.string(b, method);
        b.append(",\"resourcePath\":");
        JsonText.string(b, path);
        b.append(",\"stage\":\"prod\"},\"body\":");
        JsonText.string(b, body);
        b.append(",\"isBase64Encoded\":false}");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
