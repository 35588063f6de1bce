package com.leadscoring.drift;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** A {@link DriftResult} as the console table and as JSON ({@code drift --out}). */
public final class DriftReport {

    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private DriftReport() {}

    public static void print(DriftResult r, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "drift of %d leads from %s against model %s (reference: %d training leads)%n",
                r.rows(),
                r.source(),
                r.modelVersion(),
                r.referenceRows());
        if (r.badRows() > 0) {
            out.printf(Locale.ROOT, "%d invalid rows were not compared; first ones (line: columns):%n", r.badRows());
            r.badRowExamples().stream().limit(5).forEach(e -> out.println("  " + e));
        } else {
            out.println("no invalid rows");
        }
        if (r.tooFewLeads()) {
            out.printf(
                    Locale.ROOT,
                    "too few leads to judge drift: %d valid, at least %d needed; PSI of so few leads is noise, so"
                            + " nothing is judged (bins below for information)%n",
                    r.rows(),
                    r.minLeads());
        }
        out.printf(
                Locale.ROOT,
                "%-22s %-44s %8s  %-8s %s%n",
                "field",
                "view",
                "PSI",
                "band",
                "largest change (reference -> new)");
        for (FieldDrift f : r.all()) {
            int b = f.largestChange();
            out.printf(
                    Locale.ROOT,
                    "%-22s %-44s %8s  %-8s %s: %.1f %% -> %.1f %%%n",
                    f.name(),
                    f.view(),
                    r.tooFewLeads() ? "-" : String.format(Locale.ROOT, "%.4f", f.psi()),
                    r.tooFewLeads() ? "-" : f.band().label(),
                    f.bins().get(b),
                    100 * f.reference()[b],
                    100 * f.current()[b]);
        }
        if (r.tooFewLeads()) {
            return;
        }
        List<String> shifted = r.shifted().stream().map(FieldDrift::name).toList();
        List<String> watch = r.all().stream()
                .filter(f -> f.band() == Psi.Band.WATCH)
                .map(FieldDrift::name)
                .toList();
        out.printf(
                Locale.ROOT,
                "bands: PSI < %.2f stable, < %.2f watch, else shifted. %s; %s%n",
                Psi.WATCH,
                Psi.SHIFTED,
                shifted.isEmpty() ? "nothing shifted" : shifted.size() + " shifted: " + String.join(", ", shifted),
                watch.isEmpty() ? "nothing to watch" : watch.size() + " to watch: " + String.join(", ", watch));
    }

    /**
     * The whole result. Below the minimum of leads, {@code "tooFewLeads": true}, {@code shifted} is empty and the
     * fields carry their bins without a PSI or band, so nothing in the file reads as a judgement of noise.
     */
    public static byte[] toJson(DriftResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("modelVersion", r.modelVersion());
        m.put("source", r.source());
        m.put("rows", r.rows());
        m.put("tooFewLeads", r.tooFewLeads());
        m.put("minLeads", r.minLeads());
        m.put("badRows", r.badRows());
        List<Object> bad = new ArrayList<>();
        for (BadRow b : r.badRowExamples()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("line", b.line());
            row.put("columns", b.columns());
            bad.add(row);
        }
        m.put("badRowExamples", bad);
        m.put("referenceRows", r.referenceRows());
        m.put("bands", Map.of("watch", Psi.WATCH, "shifted", Psi.SHIFTED));
        m.put("shifted", r.shifted().stream().map(FieldDrift::name).toList());
        List<Object> fields = new ArrayList<>();
        for (FieldDrift f : r.fields()) {
            fields.add(field(f, !r.tooFewLeads()));
        }
        m.put("fields", fields);
        m.put("score", field(r.score(), !r.tooFewLeads()));
        try {
            return JSON.writeValueAsBytes(m);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the drift report", e);
        }
    }

    private static Map<String, Object> field(FieldDrift f, boolean judged) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("view", f.view());
        if (judged) {
            m.put("psi", f.psi());
            m.put("band", f.band().label());
        }
        List<Object> bins = new ArrayList<>();
        for (int i = 0; i < f.bins().size(); i++) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("bin", f.bins().get(i));
            b.put("reference", f.reference()[i]);
            b.put("current", f.current()[i]);
            bins.add(b);
        }
        m.put("bins", bins);
        return m;
    }
}
