package com.leadscoring.trainer.job;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadJsonWriter;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.SyntheticLeadGenerator;

/**
 * The demo's last step: fresh synthetic leads (never the training ones) as an API Gateway REST proxy event ({@code POST
 * /v1/score} with explanations), for {@code function.jar invoke}, which the trainer does not contain.
 */
public final class DemoEvent {

    private DemoEvent() {}

    /** Writes {@code count} leads of {@code seed} as an event to {@code file}. */
    public static void write(Path file, int count, long seed) throws IOException {
        List<Lead> leads = new SyntheticLeadGenerator(seed)
                .generate(count).stream().map(LabeledLead::lead).toList();
        Files.write(file, apiEvent(requestBody(leads)));
    }

    /** An API Gateway REST proxy event (as in events/) carrying {@code body}, for {@code function.jar invoke}. */
    static byte[] apiEvent(String body) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode event = json.createObjectNode();
        event.put("resource", "/v1/score");
        event.put("path", "/v1/score");
        event.put("httpMethod", "POST");
        event.putObject("headers").put("Content-Type", "application/json");
        event.putObject("requestContext")
                .put("requestId", "demo-request")
                .put("resourcePath", "/v1/score")
                .put("httpMethod", "POST");
        event.put("body", body);
        event.put("isBase64Encoded", false);
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(event);
    }

    /** The API's request body for {@code leads}, written by the one lead writer in core. */
    static String requestBody(List<Lead> leads) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = new JsonFactory().createGenerator(text)) {
            out.writeStartObject();
            out.writeArrayFieldStart("leads");
            for (Lead lead : leads) {
                LeadJsonWriter.writeApiLead(out, lead);
            }
            out.writeEndArray();
            out.writeBooleanField("explain", true);
            out.writeEndObject();
        }
        return text.toString();
    }
}
