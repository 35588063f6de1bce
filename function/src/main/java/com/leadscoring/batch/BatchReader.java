package com.leadscoring.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.leadscoring.features.LeadEncoder;
import com.leadscoring.lead.FieldProblem;
import com.leadscoring.wire.CellPolicy;
import com.leadscoring.wire.LeadReader;

/**
 * Reads a Distributed Map item batch, {@code {"Items": [{column: "text", ...}, ...], "BatchInput": {...}}}: each item
 * is a CSV row, read by the shared {@link LeadReader} with the text policy straight into the feature rows the model
 * reads, so a bad row's problems are exactly the CSV reader's. Of {@code BatchInput} only {@code explain} is read (the
 * run's choice, set by the state machine); its other keys are the run's own and skipped. The batch's bytes are read
 * whole first (Step Functions caps a batch at 256 KiB) into a per-thread buffer: each valid row's place in them is
 * kept, as the API keeps each lead's. A batch as a clean CSV gives it is read straight from its bytes
 * ({@link BatchScan}); any other through Jackson.
 */
final class BatchReader {

    private static final JsonFactory JSON = new JsonFactory();
    /** Per thread: the batch's bytes, grown to the largest batch seen. */
    private static final ThreadLocal<byte[]> BYTES = ThreadLocal.withInitial(() -> new byte[256 * 1024]);

    private BatchReader() {}

    /** Reads, validates and encodes with {@code encoder}, the served model's own (its contract names it). */
    static BatchRequest read(InputStream in, LeadEncoder encoder) {
        byte[] body;
        int length;
        try {
            body = BYTES.get();
            length = 0;
            int n;
            while ((n = in.read(body, length, body.length - length)) > 0) {
                length += n;
                if (length == body.length) {
                    body = Arrays.copyOf(body, 2 * body.length);
                    BYTES.set(body);
                }
            }
        } catch (IOException e) {
            throw new MalformedBatchException("the batch cannot be read: " + e.getMessage(), e);
        }
        BatchRequest scanned = BatchScan.read(body, length, encoder);
        return scanned != null ? scanned : parse(body, length, encoder);
    }

    /** Reads the batch in {@code body[0, length)} with Jackson: any batch, a malformed one refused by position. */
    static BatchRequest parse(byte[] body, int length, LeadEncoder encoder) {
        try (JsonParser p = JSON.createParser(body, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedBatchException("the batch must be a JSON object with an Items array");
            }
            LeadReader reader = LeadReader.forThread(CellPolicy.TEXT);
            reader.start(encoder);
            List<BatchItem> items = null;
            boolean explain = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("Items".equals(name)) {
                    if (items != null) {
                        // A second list would silently replace the first and lose its rows.
                        throw new MalformedBatchException("the batch has two Items arrays");
                    }
                    if (value != JsonToken.START_ARRAY) {
                        throw new MalformedBatchException("Items must be an array, got " + value);
                    }
                    items = items(p, reader);
                } else if ("BatchInput".equals(name)) {
                    if (value != JsonToken.START_OBJECT) {
                        // Its explain would be lost: a wiring mistake, said as such.
                        throw new MalformedBatchException("BatchInput must be an object, got " + value);
                    }
                    explain = explain(p);
                } else {
                    p.skipChildren();
                }
            }
            if (items == null) {
                throw new MalformedBatchException("the batch has no Items array (is the Map state's ItemBatcher set?)");
            }
            return new BatchRequest(
                    reader.features(), reader.size(), items, explain, body, reader.leadStart(), reader.leadEnd());
        } catch (JsonProcessingException e) {
            // Where and what kind, never Jackson's message, which quotes the token: a lead's data.
            throw new MalformedBatchException(JsonFailure.of("the batch", e).getMessage());
        } catch (IOException e) {
            throw new MalformedBatchException("the batch cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads {@code BatchInput} up to its end: {@code explain} when it is a boolean, refused when it is anything else.
     */
    private static boolean explain(JsonParser p) throws IOException {
        boolean explain = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("explain".equals(name)) {
                if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                    throw new MalformedBatchException("BatchInput.explain must be true or false, got " + value);
                }
                explain = value == JsonToken.VALUE_TRUE;
            } else {
                p.skipChildren();
            }
        }
        return explain;
    }

    /** Reads every item, encoding the valid ones into the reader's rows; one entry per item. */
    private static List<BatchItem> items(JsonParser p, LeadReader reader) throws IOException {
        List<BatchItem> items = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw new MalformedBatchException(
                        "item " + items.size() + " must be an object of CSV columns, got " + t);
            }
            List<FieldProblem> problems = reader.read(p, true);
            items.add(new BatchItem((String) reader.id(), problems, reader.previousScore()));
        }
        return items;
    }
}
