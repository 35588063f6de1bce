package com.leadscoring.realized;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.leadscoring.realized.RealizedReport.CalibrationBin;
import com.leadscoring.realized.RealizedReport.Figure;
import com.leadscoring.realized.RealizedReport.GradeResult;
import com.leadscoring.realized.RealizedReport.VersionResult;

/**
 * {@code realized.json}: the report as JSON. Each figure is a number (null when undefined) with its interval beside it
 * as {@code <name>Interval: [low, high]}; the documented fields ({@code modelVersions[].modelVersion, leads, decided,
 * buyers, rocAuc, prAuc, f1, grades[].grade, leads, buyers, conversion, expectedConversion}, {@code verdict}) keep
 * their names and types.
 */
public final class RealizedJson {

    /** The file name the evaluation writes, locally and on AWS. */
    public static final String FILE = "realized.json";

    private static final JsonFactory JSON = new JsonFactory();

    private RealizedJson() {}

    public static byte[] toJson(RealizedReport r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 * 1024);
        try (JsonGenerator g = JSON.createGenerator(bytes).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("generatedAt", r.generatedAt().toString());
            g.writeStringField("verdict", r.verdict());
            g.writeObjectFieldStart("captures");
            g.writeStringField("source", r.captures().source());
            g.writeNumberField("files", r.captures().files());
            g.writeNumberField("records", r.captures().records());
            g.writeNumberField("leads", r.captures().leads());
            instant(g, "from", r.captures().from());
            instant(g, "to", r.captures().to());
            g.writeEndObject();
            g.writeObjectFieldStart("outcomes");
            g.writeStringField("source", r.outcomes().source());
            if (r.outcomes().versionId() != null) {
                g.writeStringField("versionId", r.outcomes().versionId());
            }
            g.writeNumberField("rows", r.outcomes().rows());
            g.writeNumberField("decisions", r.outcomes().decisions());
            g.writeNumberField("repeatedIds", r.outcomes().repeated());
            g.writeNumberField("neverCaptured", r.outcomes().neverCaptured());
            g.writeEndObject();
            if (r.unknownAfterDays() == null) {
                g.writeNullField("unknownAfterDays");
            } else {
                g.writeNumberField("unknownAfterDays", r.unknownAfterDays());
            }
            g.writeObjectFieldStart("bootstrap");
            g.writeNumberField("resamples", r.resamples());
            g.writeNumberField("seed", r.seed());
            g.writeNumberField("level", 0.95);
            g.writeEndObject();
            g.writeArrayFieldStart("modelVersions");
            for (VersionResult v : r.modelVersions()) {
                version(g, v);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot fail
        }
        return bytes.toByteArray();
    }

    private static void version(JsonGenerator g, VersionResult v) throws IOException {
        g.writeStartObject();
        g.writeStringField("modelVersion", v.modelVersion());
        g.writeStringField("verdict", v.verdict());
        g.writeArrayFieldStart("reasons");
        for (String reason : v.reasons()) {
            g.writeString(reason);
        }
        g.writeEndArray();
        g.writeNumberField("leads", v.leads());
        g.writeNumberField("decided", v.decided());
        g.writeNumberField("countedNotBought", v.countedNotBought());
        g.writeNumberField("buyers", v.buyers());
        figure(g, "rocAuc", v.rocAuc());
        number(g, "expectedRocAuc", v.expectedRocAuc() == null ? Double.NaN : v.expectedRocAuc());
        figure(g, "prAuc", v.prAuc());
        figure(g, "f1", v.f1());
        figure(g, "precision", v.precision());
        figure(g, "recall", v.recall());
        g.writeArrayFieldStart("grades");
        for (GradeResult gr : v.grades()) {
            g.writeStartObject();
            g.writeStringField("grade", gr.grade());
            g.writeNumberField("leads", gr.leads());
            g.writeNumberField("buyers", gr.buyers());
            figure(g, "conversion", new Figure(gr.conversion(), gr.interval()));
            number(g, "expectedConversion", gr.expectedConversion() == null ? Double.NaN : gr.expectedConversion());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("calibration");
        for (CalibrationBin b : v.calibration()) {
            g.writeStartObject();
            g.writeNumberField("decile", b.decile());
            g.writeNumberField("leads", b.leads());
            g.writeNumberField("minProbability", b.minProbability());
            g.writeNumberField("maxProbability", b.maxProbability());
            g.writeNumberField("expectedBuyers", b.expectedBuyers());
            g.writeNumberField("buyers", b.buyers());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void figure(JsonGenerator g, String name, Figure f) throws IOException {
        number(g, name, f.value());
        g.writeArrayFieldStart(name + "Interval");
        number(g, f.interval().low());
        number(g, f.interval().high());
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String name, double v) throws IOException {
        g.writeFieldName(name);
        number(g, v);
    }

    private static void number(JsonGenerator g, double v) throws IOException {
        if (Double.isNaN(v)) {
            g.writeNull();
        } else {
            g.writeNumber(v);
        }
    }

    private static void instant(JsonGenerator g, String name, Instant at) throws IOException {
        if (at == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, at.toString());
        }
    }
}
