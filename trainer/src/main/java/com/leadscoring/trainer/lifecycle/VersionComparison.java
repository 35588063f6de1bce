package com.leadscoring.trainer.lifecycle;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.leadscoring.decision.GradeBand;
import com.leadscoring.drift.ReferenceProfile;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelStore;
import com.leadscoring.model.ModelStoreException;

/**
 * Two published versions side by side ({@code models compare}), for whoever decides a manual promotion or a rollback:
 * what each was trained on, its decision policy, and its figures, with the change from the first to the second. Both
 * versions are loaded (every checksum verified), so a broken version is refused here as it would be when served.
 */
public final class VersionComparison {

    /**
     * One line of the comparison.
     *
     * @param label what is compared
     * @param a the first version's value ({@code -} when it has none)
     * @param b the second version's value
     * @param change {@code b − a} for figures, {@code same}/{@code differs} for text, empty when not comparable
     */
    public record Row(String label, String a, String b, String change) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Metrics rows: label, then JSON pointers into {@code metrics.json}, first match wins, so versions from before and
     * after cross-validation (issue 15) still compare: {@code validation} is the hold-out in older versions and the
     * mean over folds in newer ones (its {@code source} row says which).
     */
    private static final List<String[]> FIGURES = List.of(
            new String[] {"validation F1", "/validation/f1"},
            new String[] {"validation precision", "/validation/precision"},
            new String[] {"validation recall", "/validation/recall"},
            new String[] {"validation ROC AUC", "/validation/rocAuc"},
            new String[] {"validation PR AUC", "/validation/prAuc"},
            new String[] {"validation Brier", "/validation/brier"},
            new String[] {"time check F1 (Oct-Dec)", "/timeCheck/dnn/f1", "/timeCheck/dnn/validation/f1"},
            new String[] {"time check ROC AUC", "/timeCheck/dnn/rocAuc", "/timeCheck/dnn/validation/rocAuc"});

    private VersionComparison() {}

    public static List<Row> compare(ModelStore store, String a, String b, Instant now)
            throws ModelStoreException, IOException {
        String latest;
        try {
            latest = store.latestVersion();
        } catch (ModelStoreException e) {
            latest = null;
        }
        ModelBundle ba = store.load(a);
        ModelBundle bb = store.load(b);
        JsonNode ma = JSON.readTree(ba.metricsJson());
        JsonNode mb = JSON.readTree(bb.metricsJson());
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("version", a, b, ""));
        rows.add(new Row("latest", a.equals(latest) ? "yes" : "no", b.equals(latest) ? "yes" : "no", ""));
        rows.add(text("algorithm", ba.manifest().algorithm(), bb.manifest().algorithm()));
        rows.add(text(
                "feature encoder",
                ba.manifest().encoderVersion() + " ("
                        + ba.preprocessing().contract().size() + " features)",
                bb.manifest().encoderVersion() + " ("
                        + bb.preprocessing().contract().size() + " features)"));
        rows.add(new Row(
                "created",
                ba.manifest().createdAt().toString(),
                bb.manifest().createdAt().toString(),
                ""));
        rows.add(new Row(
                "age",
                age(ba.manifest().createdAt(), now),
                age(bb.manifest().createdAt(), now),
                signedDays(Duration.between(
                        ba.manifest().createdAt(), bb.manifest().createdAt()))));
        rows.add(text(
                "data sha256",
                shortHash(ma.at("/data/sha256").asText("-")),
                shortHash(mb.at("/data/sha256").asText("-"))));
        rows.add(text(
                "data source",
                ma.at("/data/source").asText("-"),
                mb.at("/data/source").asText("-")));
        rows.add(number("training leads", ma.at("/data/rows/leads"), mb.at("/data/rows/leads"), "%.0f"));
        rows.add(number("training buyers", ma.at("/data/rows/buyers"), mb.at("/data/rows/buyers"), "%.0f"));
        rows.add(number(
                "threshold",
                JSON.valueToTree(ba.preprocessing().threshold()),
                JSON.valueToTree(bb.preprocessing().threshold()),
                "%.4f"));
        rows.add(text(
                "grade bands",
                bands(ba.preprocessing().policy().gradeBands()),
                bands(bb.preprocessing().policy().gradeBands())));
        rows.add(text(
                "validation source",
                ma.at("/validation/source").asText("hold-out"),
                mb.at("/validation/source").asText("hold-out")));
        for (String[] f : FIGURES) {
            rows.add(number(f[0], first(ma, f), first(mb, f), "%.4f"));
        }
        // The served model's cross-validation figures, mean ± sd over folds (absent before cross-validation).
        JsonNode cvA = servedCv(ma);
        JsonNode cvB = servedCv(mb);
        List<String> metrics = new ArrayList<>();
        for (JsonNode cv : List.of(cvA, cvB)) {
            cv.fieldNames().forEachRemaining(k -> {
                if (cv.get(k).path("mean").isNumber() && !metrics.contains(k)) {
                    metrics.add(k);
                }
            });
        }
        for (String k : metrics) {
            rows.add(meanSd("cv " + k + " (mean ± sd)", cvA.path(k), cvB.path(k)));
        }
        rows.add(text(
                "drift reference",
                ba.manifest().files().containsKey(ReferenceProfile.FILE) ? "yes" : "no",
                bb.manifest().files().containsKey(ReferenceProfile.FILE) ? "yes" : "no"));
        return rows;
    }

    public static void print(List<Row> rows, PrintStream out) {
        int w = Math.max(
                24,
                rows.stream()
                        .mapToInt(r -> Math.max(r.a().length(), r.b().length()))
                        .max()
                        .orElse(0));
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-26s %-" + w + "s  %-" + w + "s  %s%n", r.label(), r.a(), r.b(), r.change());
        }
    }

    private static Row text(String label, String a, String b) {
        return new Row(label, a, b, a.equals(b) ? "same" : "differs");
    }

    private static Row number(String label, JsonNode a, JsonNode b, String format) {
        boolean hasA = a.isNumber();
        boolean hasB = b.isNumber();
        String change =
                hasA && hasB ? String.format(Locale.ROOT, "%+" + format.substring(1), b.asDouble() - a.asDouble()) : "";
        return new Row(
                label,
                hasA ? String.format(Locale.ROOT, format, a.asDouble()) : "-",
                hasB ? String.format(Locale.ROOT, format, b.asDouble()) : "-",
                change);
    }

    private static JsonNode first(JsonNode metrics, String[] figure) {
        for (int i = 1; i < figure.length; i++) {
            if (metrics.at(figure[i]).isNumber()) {
                return metrics.at(figure[i]);
            }
        }
        return MissingNode.getInstance();
    }

    /** The {@code cross_validation} entry of the served model, or an empty node. */
    private static JsonNode servedCv(JsonNode metrics) {
        for (JsonNode model : metrics.path("cross_validation")) {
            if (model.path("served").asBoolean(false)) {
                return model;
            }
        }
        return JSON.createObjectNode();
    }

    private static Row meanSd(String label, JsonNode a, JsonNode b) {
        boolean hasA = a.path("mean").isNumber();
        boolean hasB = b.path("mean").isNumber();
        String change = hasA && hasB
                ? String.format(
                        Locale.ROOT,
                        "%+.4f",
                        b.get("mean").asDouble() - a.get("mean").asDouble())
                : "";
        return new Row(label, hasA ? meanSd(a) : "-", hasB ? meanSd(b) : "-", change);
    }

    private static String meanSd(JsonNode n) {
        return String.format(
                Locale.ROOT,
                "%.4f ± %.4f",
                n.get("mean").asDouble(),
                n.path("sd").asDouble());
    }

    private static String bands(List<GradeBand> bands) {
        return bands.stream().map(GradeBand::describe).collect(Collectors.joining(" "));
    }

    private static String shortHash(String sha) {
        return sha.length() > 16 ? sha.substring(0, 16) : sha;
    }

    static String age(Instant created, Instant now) {
        Duration d = Duration.between(created, now);
        if (d.isNegative()) {
            return "in the future";
        }
        return d.toDays() + " d " + d.toHoursPart() + " h";
    }

    private static String signedDays(Duration d) {
        return String.format(Locale.ROOT, "%+.1f d", d.getSeconds() / 86_400.0);
    }
}
