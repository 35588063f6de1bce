package com.leadscoring.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.features.LeadEncoder;
import com.leadscoring.lead.LeadField;
import org.junit.jupiter.api.Test;

/**
 * The byte scan ({@link BatchScan}) reads every batch it takes exactly as Jackson's reader ({@link BatchReader#parse})
 * does (the same rows, encoded features bit for bit, ids, previous scores, explain and each row's bytes), and declines
 * the others: generated clean batches in many spellings, batches with bad rows, and random corruptions of both.
 */
class BatchScanTest {

    private static final LeadEncoder ENCODER = FeatureEncoders.DEFAULT;
    private static final String[] DATES = {"14-03-2021", "2021-03-14", " 01-12-2020 ", "29-02-2020"};

    @Test
    void takesCleanBatchesAsJacksonReadsThem() {
        Random r = new Random(34);
        for (int i = 0; i < 300; i++) {
            byte[] batch = batch(r, 1 + r.nextInt(40), false);
            assertNotNull(
                    BatchScan.read(batch, batch.length, ENCODER), () -> new String(batch, StandardCharsets.UTF_8));
            assertSame(batch);
        }
    }

    @Test
    void declinesOrAgreesOnBatchesWithBadRowsAndCorruptions() {
        Random r = new Random(36);
        int taken = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] batch = batch(r, 1 + r.nextInt(8), i % 2 == 0);
            if (i % 3 != 0) {
                batch = corrupt(r, batch);
            }
            taken += assertSame(batch) ? 1 : 0;
        }
        assertTrue(taken > 100, "the scan took only " + taken + " of the batches");
    }

    @Test
    void declinesWhatOnlyJacksonJudges() {
        for (String batch : List.of(
                "{\"Items\":[{\"id\":\"L\\u0031\"}]}",
                "{\"Items\":[],\"Items\":[]}",
                "{\"Items\":[1]}",
                "{\"BatchInput\":{\"explain\":1},\"Items\":[]}",
                "{\"Items\":[],\"other\":12}",
                "[]",
                "{\"Items\":[]",
                "{\"Items\":[],\"" + "k".repeat(40_000) + "\":true}",
                "{}")) {
            byte[] bytes = batch.getBytes(StandardCharsets.UTF_8);
            assertNull(BatchScan.read(bytes, bytes.length, ENCODER), batch);
        }
        byte[] empty =
                "{\"Items\":[],\"BatchInput\":{\"explain\":true,\"x\":[null,{}]}}".getBytes(StandardCharsets.UTF_8);
        BatchRequest read = BatchScan.read(empty, empty.length, ENCODER);
        assertEquals(0, read.items().size());
        assertTrue(read.explain());
    }

    /** Both readers on {@code batch}: the same request, or the scan declined; whether the scan took it. */
    private static boolean assertSame(byte[] batch) {
        String text = new String(batch, StandardCharsets.UTF_8);
        Object expected;
        try {
            expected = Snapshot.of(BatchReader.parse(batch, batch.length, ENCODER));
        } catch (MalformedBatchException e) {
            expected = e.getMessage();
        }
        BatchRequest scanned = BatchScan.read(batch, batch.length, ENCODER);
        Object viaReader;
        try {
            viaReader = Snapshot.of(BatchReader.read(new ByteArrayInputStream(batch), ENCODER));
        } catch (MalformedBatchException e) {
            viaReader = e.getMessage();
        }
        assertEquals(expected, viaReader, text);
        if (scanned == null) {
            return false;
        }
        assertEquals(expected, Snapshot.of(scanned), text);
        return true;
    }

    private record Snapshot(
            List<Float> features,
            int valid,
            List<BatchItem> items,
            boolean explain,
            List<Integer> starts,
            List<Integer> ends) {

        static Snapshot of(BatchRequest r) {
            float[] f = Arrays.copyOf(r.features(), r.valid() * ENCODER.size());
            List<Float> features = new ArrayList<>();
            for (float x : f) {
                features.add(x);
            }
            return new Snapshot(
                    features,
                    r.valid(),
                    List.copyOf(r.items()),
                    r.explain(),
                    Arrays.stream(Arrays.copyOf(r.leadStart(), r.valid()))
                            .boxed()
                            .toList(),
                    Arrays.stream(Arrays.copyOf(r.leadEnd(), r.valid())).boxed().toList());
        }
    }

    /** A batch of {@code n} rows in a random spelling (key order, blanks, extra columns); some rows bad if asked. */
    private static byte[] batch(Random r, int n, boolean bad) {
        List<String> keys = new ArrayList<>();
        for (LeadField f : LeadField.values()) {
            keys.add(f.fieldName());
        }
        if (r.nextBoolean()) {
            keys.add("previous_score");
        }
        if (r.nextBoolean()) {
            keys.add("source_row");
        }
        Collections.shuffle(keys, r);
        String ws = r.nextInt(3) == 0 ? " \n" : "";
        StringBuilder b = new StringBuilder("{").append(ws);
        if (r.nextBoolean()) {
            b.append("\"BatchInput\":{\"explain\":").append(r.nextBoolean()).append(",\"run\":[\"a\",true,{}]},");
        }
        b.append("\"Items\":").append(ws).append('[');
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : "," + ws).append('{');
            List<String> row = new ArrayList<>(keys);
            if (r.nextInt(8) == 0) {
                Collections.swap(row, 0, row.size() - 1); // a row in another order
            }
            boolean first = true;
            for (String k : row) {
                b.append(first ? "" : ",")
                        .append(ws)
                        .append('"')
                        .append(k)
                        .append("\":")
                        .append(ws);
                first = false;
                b.append(value(r, k, i));
            }
            b.append(ws).append('}');
            if (bad && r.nextInt(3) == 0) {
                b.setLength(b.length() - 1);
                b.append(badCell(r)).append('}');
            }
        }
        b.append(']').append(ws).append('}');
        if (r.nextInt(4) == 0) {
            b.append(" trailing");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String value(Random r, String key, int i) {
        LeadField f = LeadField.byName(key);
        if (f == null) {
            return switch (key) {
                case "previous_score" -> new String[] {"\"42\"", "\"\"", "\" 7 \"", "null", "\"100\""}[r.nextInt(5)];
                default -> r.nextBoolean() ? "\"some text\"" : "{\"nested\":[\"x\"]}";
            };
        }
        boolean optional = f.nullable();
        if (optional && r.nextInt(3) == 0) {
            return new String[] {"\"\"", "null", "\"  \""}[r.nextInt(3)];
        }
        return switch (f.kind()) {
            case ID -> r.nextInt(5) == 0 ? "\" L" + i + " \"" : "\"L" + i + "\"";
            case DATE -> "\"" + DATES[r.nextInt(DATES.length)] + "\"";
            case INTEGER -> {
                int v = f.min() + r.nextInt(Math.min(20, f.max() - f.min() + 1));
                yield r.nextInt(6) == 0 ? "\" " + v + "\"" : "\"" + v + "\"";
            }
        };
    }

    /** A cell that makes its row bad or the batch Jackson's: appended after the row's last value. */
    private static String badCell(Random r) {
        return new String[] {
                    ",\"campaign_var_1\":\"3\"", // repeated
                    ",\"previous_score\":\"200\"",
                    ",\"previous_score\":\"x\"",
                    ",\"x\":12",
                    ",\"id2\":\"\\u00e9\"",
                    ",\"note\":\"caf\u00e9\"",
                    ",\" id\":\"L1\"",
                    ",\"created_at\":\"31-02-2021\""
                }
                [r.nextInt(8)];
    }

    private static byte[] corrupt(Random r, byte[] batch) {
        byte[] b = batch.clone();
        switch (r.nextInt(4)) {
            case 0 -> b[r.nextInt(b.length)] = (byte) "{}[],:\" \\0a-n".charAt(r.nextInt(13));
            case 1 -> b = Arrays.copyOf(b, r.nextInt(b.length));
            case 2 -> {
                int from = r.nextInt(b.length);
                int to = Math.min(b.length, from + 1 + r.nextInt(20));
                byte[] c = new byte[b.length - (to - from)];
                System.arraycopy(b, 0, c, 0, from);
                System.arraycopy(b, to, c, from, b.length - to);
                b = c;
            }
            default -> {
                String s = new String(b, StandardCharsets.UTF_8)
                        .replaceFirst("\"\\d\"", r.nextBoolean() ? "\"-1\"" : "\"99999999999\"");
                b = s.getBytes(StandardCharsets.UTF_8);
            }
        }
        return b;
    }
}
