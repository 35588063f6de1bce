package com.leadscoring.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.leadscoring.decision.Trend;
import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.features.LeadEncoder;
import com.leadscoring.lead.FieldProblem;
import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadField;
import com.leadscoring.lead.LeadValidator;
import com.leadscoring.lead.RawValue;
import org.junit.jupiter.api.Test;

/**
 * The one lead reader under both cell policies, read directly: typed JSON values against text cells, what each does
 * with unknown, repeated and BOM-prefixed keys, {@code previous_score}, the rows it keeps and where each lead is in the
 * bytes.
 */
class LeadReaderTest {

    private static final JsonFactory JSON = new JsonFactory();
    private static final LeadEncoder ENCODER = FeatureEncoders.V1;

    /** What one array of leads read gave: each lead's problems and id, and the reader, holding the kept rows. */
    record Read(List<List<FieldProblem>> problems, List<Object> ids, List<Integer> previousScores, LeadReader reader) {}

    static Read read(CellPolicy cells, String array) throws IOException {
        return read(cells, array.getBytes(StandardCharsets.UTF_8), true);
    }

    static Read read(CellPolicy cells, byte[] array, boolean keep) throws IOException {
        LeadReader reader = LeadReader.forThread(cells);
        reader.start(ENCODER);
        List<List<FieldProblem>> problems = new ArrayList<>();
        List<Object> ids = new ArrayList<>();
        List<Integer> previousScores = new ArrayList<>();
        try (JsonParser p = JSON.createParser(array)) {
            assertEquals(JsonToken.START_ARRAY, p.nextToken());
            while (p.nextToken() == JsonToken.START_OBJECT) {
                problems.add(reader.read(p, keep));
                ids.add(reader.id());
                previousScores.add(reader.previousScore());
            }
            assertEquals(JsonToken.END_ARRAY, p.currentToken());
        }
        return new Read(problems, ids, previousScores, reader);
    }

    /** A lead with every field, typed as the API takes it ({@code quote}: every value as text, as a CSV row). */
    static String lead(String id, boolean quote) {
        StringBuilder b = new StringBuilder("{\"id\":").append(quote ? "\"" + id + "\"" : id);
        b.append(",\"created_at\":\"2021-05-04\"");
        b.append(",\"campaign_var_1\":").append(quote ? "\"3\"" : "3");
        b.append(",\"campaign_var_2\":").append(quote ? "\"14\"" : "14");
        b.append(",\"products_purchased\":").append(quote ? "\"2\"" : "2");
        b.append(",\"signup_date\":\"2020-11-30\"");
        for (int k = 1; k <= 12; k++) {
            b.append(",\"user_activity_var_").append(k).append("\":").append(quote ? "\"" + k % 3 + "\"" : k % 3);
        }
        return b.append('}').toString();
    }

    static float[] expectedRow(String id) {
        int[] activity = new int[Lead.ACTIVITY_COUNT];
        for (int k = 1; k <= 12; k++) {
            activity[k - 1] = k % 3;
        }
        return ENCODER.encode(new Lead(id, LocalDate.of(2021, 5, 4), 3, 14, 2, LocalDate.of(2020, 11, 30), activity));
    }

    static float[] row(LeadReader reader, int i) {
        return Arrays.copyOfRange(reader.features(), i * ENCODER.size(), (i + 1) * ENCODER.size());
    }

    @Test
    void typedJsonAndTextCellsEncodeTheSameLeadAlike() throws IOException {
        Read json = read(CellPolicy.JSON, "[" + lead("7", false) + "," + lead("\"L8\"", false) + "]");
        assertEquals(List.of(List.of(), List.of()), json.problems());
        assertEquals(2, json.reader().size());
        assertEquals(7L, json.reader().ids()[0], "an integer id is echoed as a number");
        assertEquals("L8", json.reader().ids()[1]);
        assertArrayEquals(expectedRow("7"), row(json.reader(), 0));

        Read text = read(CellPolicy.TEXT, "[" + lead("L7", true) + "]");
        assertEquals(List.of(List.of()), text.problems());
        assertEquals("L7", text.reader().ids()[0]);
        assertArrayEquals(expectedRow("L7"), row(text.reader(), 0));
    }

    @Test
    void eachPolicyJudgesByItsOwnValidator() throws IOException {
        // Text where JSON wants an integer; the data set's date format, which only a CSV may use.
        String quoted = lead("\"L1\"", false)
                .replace("\"campaign_var_1\":3", "\"campaign_var_1\":\"3\"")
                .replace("2020-11-30", "30-11-2020");
        Read json = read(CellPolicy.JSON, "[" + quoted + "]");
        assertEquals(0, json.reader().size());
        List<FieldProblem> expected = LeadValidator.forJson()
                .validate(f -> f == LeadField.CAMPAIGN_VAR_1
                        ? new RawValue.Text("3")
                        : f == LeadField.SIGNUP_DATE ? new RawValue.Text("30-11-2020") : valid(f))
                .problems();
        assertEquals(List.of("campaign_var_1", "signup_date"), fields(expected), "the premise");
        assertEquals(List.of(expected), json.problems());

        // The same values as cells pass; a number literal in a CSV row is read as its text.
        Read text = read(CellPolicy.TEXT, "[" + quoted + "]");
        assertEquals(List.of(List.of()), text.problems());
        assertArrayEquals(expectedRow("L1"), row(text.reader(), 0));
    }

    /** A value the typed fast path accepts, as the validator would see it. */
    private static RawValue valid(LeadField f) {
        return switch (f.kind()) {
            case ID -> new RawValue.Text("L1");
            case DATE -> new RawValue.Text(f == LeadField.CREATED_AT ? "2021-05-04" : "2020-11-30");
            case INTEGER -> new RawValue.Integral(f == LeadField.PRODUCTS_PURCHASED ? 2 : 1);
        };
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void blankCellsAreMissingInTextButTextInJson() throws IOException {
        String blank = lead("L1", true).replace("\"products_purchased\":\"2\"", "\"products_purchased\":\"  \"");
        Read text = read(CellPolicy.TEXT, "[" + blank + "]");
        assertEquals(List.of(List.of()), text.problems());
        Read json = read(CellPolicy.JSON, "[" + blank + "]");
        assertTrue(
                fields(json.problems().get(0)).contains("products_purchased"),
                json.problems().toString());
    }

    @Test
    void aFieldAbsentAltogetherIsAMissingColumnInTextAndMayBeLeftOutInJson() throws IOException {
        String without = lead("1", false).replace(",\"products_purchased\":2", "");
        Read json = read(CellPolicy.JSON, "[" + without + "]");
        assertEquals(List.of(List.of()), json.problems(), "an optional field may be left out");

        String cells = lead("L1", true).replace(",\"products_purchased\":\"2\"", "");
        Read text = read(CellPolicy.TEXT, "[" + cells + "]");
        assertEquals(
                List.of(List.of(new FieldProblem(
                        "products_purchased", "is missing: the CSV has no products_purchased column"))),
                text.problems());
        assertEquals("L1", text.ids().get(0), "a refused row keeps its id");
        assertEquals(0, text.reader().size());
    }

    @Test
    void unknownKeysAreProblemsInJsonAndIgnoredColumnsInText() throws IOException {
        String extra = lead("1", false).replace("{\"id\"", "{\"buy\":true,\"notes\":{\"a\":[1]},\"id\"");
        Read json = read(CellPolicy.JSON, "[" + extra + "]");
        assertEquals(
                List.of(List.of(
                        new FieldProblem("buy", LeadReader.UNKNOWN_FIELD),
                        new FieldProblem("notes", LeadReader.UNKNOWN_FIELD))),
                json.problems());

        Read text = read(CellPolicy.TEXT, "[" + lead("L1", true).replace("{\"id\"", "{\"buy\":\"1\",\"id\"") + "]");
        assertEquals(List.of(List.of()), text.problems());
        assertEquals(1, text.reader().size());
    }

    @Test
    void aRepeatedKeyIsMalformedJsonAndARefusedRowInText() throws IOException {
        String twice = lead("1", false).replace("\"campaign_var_2\":14", "\"campaign_var_2\":14,\"campaign_var_2\":99");
        JsonParseException e = assertThrows(JsonParseException.class, () -> read(CellPolicy.JSON, "[" + twice + "]"));
        assertEquals("Duplicate field 'campaign_var_2'", e.getOriginalMessage());
        String unknownTwice = lead("1", false).replace("{\"id\"", "{\"x\":1,\"x\":2,\"id\"");
        e = assertThrows(JsonParseException.class, () -> read(CellPolicy.JSON, "[" + unknownTwice + "]"));
        assertEquals("Duplicate field 'x'", e.getOriginalMessage());

        String cells = lead("L1", true)
                .replace("\"campaign_var_2\":\"14\"", "\"campaign_var_2\":\"14\",\" campaign_var_2 \":\"98765\"")
                .replace("{\"id\"", "{\"previous_score\":\"5\",\"previous_score\":\"6\",\"id\"");
        Read text = read(CellPolicy.TEXT, "[" + cells + "," + lead("L2", true) + "]");
        assertEquals(
                List.of(
                        new FieldProblem(
                                "previous_score",
                                "appears more than once: the CSV has more than one previous_score column"),
                        new FieldProblem(
                                "campaign_var_2",
                                "appears more than once: the CSV has more than one campaign_var_2 column")),
                text.problems().get(0));
        assertFalse(text.problems().toString().contains("98765"), "a cell is never quoted for a repeat");
        assertEquals("L1", text.ids().get(0));
        assertEquals(List.of(), text.problems().get(1), "the next row is read as usual");
        assertEquals(1, text.reader().size());
        assertEquals("L2", text.reader().ids()[0]);
        // Repeated columns that are no lead column nor previous_score are not read, so not refused.
        Read ignored = read(
                CellPolicy.TEXT, "[" + lead("L3", true).replace("{\"id\"", "{\"n\":\"1\",\"n\":\"2\",\"id\"") + "]");
        assertEquals(List.of(List.of()), ignored.problems());
    }

    @Test
    void aByteOrderMarkBeforeAColumnNameIsStrippedInTextOnly() throws IOException {
        String bom = lead("L1", true).replace("{\"id\"", "{\"\uFEFFid\"");
        Read text = read(CellPolicy.TEXT, "[" + bom + "," + bom + "]");
        assertEquals(List.of(List.of(), List.of()), text.problems());
        assertArrayEquals(expectedRow("L1"), row(text.reader(), 1));
        // A BOM-prefixed previous_score column is the same column too.
        Read previous = read(
                CellPolicy.TEXT, "[" + bom.replace("{\"\uFEFFid\"", "{\"\uFEFFprevious_score\":\"40\",\"id\"") + "]");
        assertEquals(40, previous.reader().previousScores()[0]);

        // JSON keys are exact: "\uFEFFid" is no lead field, and id is then absent.
        Read json = read(CellPolicy.JSON, "[" + lead("1", false).replace("{\"id\"", "{\"\uFEFFid\"") + "]");
        assertTrue(json.problems().get(0).contains(new FieldProblem("\uFEFFid", LeadReader.UNKNOWN_FIELD)));
        assertTrue(
                fields(json.problems().get(0)).contains("id"), json.problems().toString());
    }

    @Test
    void previousScoreByEachPolicysRule() throws IOException {
        String json = "["
                + lead("1", false).replace("{\"id\"", "{\"previous_score\":40,\"id\"") + ","
                + lead("2", false).replace("{\"id\"", "{\"previous_score\":null,\"id\"") + ","
                + lead("3", false) + ","
                + lead("4", false).replace("{\"id\"", "{\"previous_score\":\"40\",\"id\"") + "]";
        Read typed = read(CellPolicy.JSON, json);
        assertEquals(
                List.of(40, Trend.NO_PREVIOUS_SCORE, Trend.NO_PREVIOUS_SCORE, Trend.BAD_PREVIOUS_SCORE),
                typed.previousScores());
        assertEquals(
                List.of(new FieldProblem(Trend.PREVIOUS_SCORE, Trend.PREVIOUS_SCORE_JSON_RULE)),
                typed.problems().get(3));
        assertEquals(3, typed.reader().size());
        assertEquals(40, typed.reader().previousScores()[0]);
        assertEquals(Trend.NO_PREVIOUS_SCORE, typed.reader().previousScores()[1]);

        String cells = "["
                + lead("L1", true).replace("{\"id\"", "{\" previous_score\":\" 40 \",\"id\"") + ","
                + lead("L2", true).replace("{\"id\"", "{\"previous_score\":\"\",\"id\"") + ","
                + lead("L3", true).replace("{\"id\"", "{\"previous_score\":\"101\",\"id\"") + "]";
        Read text = read(CellPolicy.TEXT, cells);
        assertEquals(List.of(40, Trend.NO_PREVIOUS_SCORE, Trend.BAD_PREVIOUS_SCORE), text.previousScores());
        assertEquals(
                List.of(new FieldProblem(Trend.PREVIOUS_SCORE, Trend.PREVIOUS_SCORE_RULE)),
                text.problems().get(2));
        assertEquals(2, text.reader().size());
    }

    /** Each kept row's bytes are its lead object exactly as sent (what capture copies), whitespace and escapes kept. */
    @Test
    void eachKeptRowKnowsWhereItsLeadIsInTheBytes() throws IOException {
        for (CellPolicy cells : CellPolicy.values()) {
            boolean quote = cells == CellPolicy.TEXT;
            List<String> leads = List.of(
                    lead(quote ? "\\u00e91" : "\"\\u00e91\"", quote), // é1, escaped
                    lead(quote ? "L2" : "2", quote).replace("\"2021-05-04\"", "\"2021-02-30\""),
                    lead(quote ? "L3" : "3", quote).replace(",", " ,\n "),
                    lead(quote ? "L4" : "\"L4\"", quote));
            String array = " [ " + String.join(" ,\t", leads) + " ] ";
            byte[] bytes = array.getBytes(StandardCharsets.UTF_8);
            Read read = read(cells, bytes, true);
            assertFalse(read.problems().get(1).isEmpty(), cells + ": the premise, lead 1 is refused");
            assertEquals(3, read.reader().size(), cells.toString());
            int[] kept = {0, 2, 3};
            for (int r = 0; r < kept.length; r++) {
                String sent = new String(
                        bytes,
                        read.reader().leadStart()[r],
                        read.reader().leadEnd()[r] - read.reader().leadStart()[r],
                        StandardCharsets.UTF_8);
                assertEquals(leads.get(kept[r]), sent, cells + " row " + r);
            }
        }
    }

    @Test
    void leadsReadOnlyToBeCheckedAreNotKept() throws IOException {
        Read read = read(CellPolicy.JSON, ("[" + lead("1", false) + "]").getBytes(StandardCharsets.UTF_8), false);
        assertEquals(List.of(List.of()), read.problems());
        assertEquals(0, read.reader().size());
    }

    /** The rows grow past the first thousand; keys in a new order each lead are read as well as in one order. */
    @Test
    void rowsGrowAndAnyKeyOrderIsRead() throws IOException {
        Random random = new Random(34);
        List<String> leads = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            String lead = lead("L" + i, true);
            List<String> pairs = new ArrayList<>(
                    Arrays.asList(lead.substring(1, lead.length() - 1).split(",")));
            if (i % 2 == 1) {
                Collections.shuffle(pairs, random);
            }
            leads.add("{" + String.join(",", pairs) + "}");
        }
        Read read = read(CellPolicy.TEXT, "[" + String.join(",", leads) + "]");
        assertEquals(2500, read.reader().size());
        for (int i : new int[] {0, 999, 1000, 1001, 2499}) {
            assertEquals("L" + i, read.reader().ids()[i]);
            assertArrayEquals(expectedRow("L" + i), row(read.reader(), i), "row " + i);
        }
        // The same thread's next body starts over.
        Read next = read(CellPolicy.TEXT, "[" + lead("M", true) + "]");
        assertSame(read.reader(), next.reader());
        assertEquals(1, next.reader().size());
        assertEquals("M", next.reader().ids()[0]);
    }
}
