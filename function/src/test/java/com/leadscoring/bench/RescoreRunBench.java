package com.leadscoring.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.leadscoring.batch.BatchResult;
import com.leadscoring.batch.BatchScoreHandler;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A whole rescoring run in one process, as Distributed Map would cut it (run by hand, see BENCHMARKS.md): the CSV's
 * rows become items of text values, batches close at 1,000 items or 256 KiB of items, and each batch goes through
 * {@link BatchScoreHandler#handleRequest}. Only the handler calls are timed (one pass to warm up, one measured): the
 * Lambda compute a run needs, batch by batch.
 */
public final class RescoreRunBench {

    static final int MAX_ITEMS = 1000;
    static final int MAX_BYTES = 256 * 1024;

    public static void main(String[] args) throws Exception {
        String store = args[0];
        Path csv = Path.of(args[1]);
        BatchScoreHandler handler = new BatchScoreHandler(Serving.of(ModelLoader.load(store, null)));
        List<byte[]> batches = cut(csv);
        run(handler, batches); // warm-up pass
        long[] nanos = run(handler, batches);
        long leads = 0;
        long scored = 0;
        for (byte[] b : batches) {
            BatchResult r = handler.score(new ByteArrayInputStream(b));
            leads += r.rows().size();
            scored += r.scored();
        }
        long total = Arrays.stream(nanos).sum();
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%s: %d leads (%d scored, %d with errors) in %d batches of %.0f leads on average%n",
                csv,
                leads,
                scored,
                leads - scored,
                batches.size(),
                (double) leads / batches.size());
        System.out.printf(
                Locale.ROOT,
                "handler time: total %.0f ms, per batch p50 %.2f ms p99 %.2f ms max %.2f ms, "
                        + "%.3f ms per 1,000 leads%n",
                total / 1e6,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6,
                total / 1e6 / (leads / 1000.0));
    }

    static long[] run(BatchScoreHandler handler, List<byte[]> batches) throws Exception {
        long[] nanos = new long[batches.size()];
        for (int i = 0; i < batches.size(); i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long t0 = System.nanoTime();
            handler.handleRequest(new ByteArrayInputStream(batches.get(i)), out, null);
            nanos[i] = System.nanoTime() - t0;
        }
        return nanos;
    }

    /** The CSV as Distributed Map batches: {"Items": [...], "BatchInput": {...}}, every value the cell's text. */
    static List<byte[]> cut(Path csv) throws Exception {
        JsonFactory json = new JsonFactory();
        List<byte[]> batches = new ArrayList<>();
        List<byte[]> items = new ArrayList<>();
        int bytes = 0;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder()
                        .setReader(reader)
                        .setFormat(CSVFormat.DEFAULT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())
                        .get()) {
            List<String> header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                ByteArrayOutputStream item = new ByteArrayOutputStream(512);
                try (JsonGenerator g = json.createGenerator(item)) {
                    g.writeStartObject();
                    for (int c = 0; c < header.size(); c++) {
                        g.writeStringField(header.get(c), record.get(c));
                    }
                    g.writeEndObject();
                }
                byte[] b = item.toByteArray();
                if (items.size() == MAX_ITEMS || bytes + b.length + 1 > MAX_BYTES) {
                    batches.add(batch(items));
                    items.clear();
                    bytes = 0;
                }
                items.add(b);
                bytes += b.length + 1;
            }
        }
        if (!items.isEmpty()) {
            batches.add(batch(items));
        }
        return batches;
    }

    static byte[] batch(List<byte[]> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(MAX_BYTES + 128);
        out.writeBytes("{\"Items\":[".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(items.get(i));
        }
        out.writeBytes("],\"BatchInput\":{\"source\":\"s3://bench/rescore/input/leads.csv\"}}"
                .getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
