package com.leadscoring.lead;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams leads from a CSV file in the data set's format. Header-driven (any column order, unknown columns ignored),
 * empty cells are missing values, dates {@code dd-MM-yyyy} or {@code yyyy-MM-dd}. Rows are returned with their problems
 * rather than thrown away, so callers decide whether to fail or skip, and can always say how many.
 */
public final class LeadCsvReader implements Closeable, Iterable<LeadCsvRow> {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int[] columnOf;
    private final Map<String, Integer> extraColumns;
    private final int headerSize;
    private final String source;

    private LeadCsvReader(
            CSVParser parser, String source, Collection<String> extraRequired, Collection<String> extraOptional)
            throws CsvFormatException {
        this.parser = parser;
        this.source = source;
        List<String> required = new ArrayList<>();
        for (LeadField f : LeadField.values()) {
            required.add(f.fieldName());
        }
        required.addAll(extraRequired);
        CsvHeader header = CsvHeader.read(parser, source, required, extraOptional);
        this.headerSize = header.size();
        LeadField[] fields = LeadField.values();
        columnOf = new int[fields.length];
        for (LeadField f : fields) {
            columnOf[f.ordinal()] = header.column(f.fieldName());
        }
        extraColumns = new LinkedHashMap<>();
        for (String extra : extraRequired) {
            extraColumns.put(extra, header.column(extra));
        }
        for (String extra : extraOptional) {
            Integer idx = header.column(extra);
            if (idx != null) {
                extraColumns.put(extra, idx);
            }
        }
        this.records = parser.iterator();
    }

    /** Opens a reader; fails at once when the header lacks a lead column or one of {@code extraRequired}. */
    public static LeadCsvReader open(Reader reader, String source, Collection<String> extraRequired)
            throws CsvFormatException {
        return open(reader, source, extraRequired, List.of());
    }

    /**
     * As {@link #open(Reader, String, Collection)}, and also keeps the cells of the {@code extraOptional} columns the
     * header has (a row's {@link LeadCsvRow#extra(String)} is then its cell; null when the file has no such column).
     */
    public static LeadCsvReader open(
            Reader reader, String source, Collection<String> extraRequired, Collection<String> extraOptional)
            throws CsvFormatException {
        try {
            CSVParser parser = CSVParser.builder()
                    .setReader(reader)
                    .setFormat(CsvHeader.FORMAT)
                    .get();
            try {
                return new LeadCsvReader(parser, source, extraRequired, extraOptional);
            } catch (CsvFormatException e) {
                parser.close();
                throw e;
            }
        } catch (CsvFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (root(e) instanceof Utf8Text.NotUtf8Exception c) {
                throw new CsvFormatException(c.getMessage(), e); // names the file and the position itself
            }
            throw new CsvFormatException(source + ": line 1: cannot read the header: " + rootMessage(e), e);
        }
    }

    public static LeadCsvReader open(Reader reader, String source) throws CsvFormatException {
        return open(reader, source, List.of());
    }

    /** Where the rows come from, for messages. */
    public String source() {
        return source;
    }

    @Override
    public Iterator<LeadCsvRow> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    if (root(e) instanceof Utf8Text.NotUtf8Exception c) {
                        // Decoding runs ahead of the parser: the decoder's own position is the true one.
                        throw new UncheckedIOException(new CsvFormatException(c.getMessage(), e));
                    }
                    throw new UncheckedIOException(new CsvFormatException(
                            source + ": line " + (parser.getCurrentLineNumber() + 1) + ": " + rootMessage(e), e));
                }
            }

            @Override
            public LeadCsvRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord record = records.next();
                return toRow(record, parser.getCurrentLineNumber());
            }
        };
    }

    private LeadCsvRow toRow(CSVRecord record, long line) {
        Map<String, String> extras = new HashMap<>();
        extraColumns.forEach((name, idx) ->
                extras.put(name, idx < record.size() ? record.get(idx).strip() : ""));
        LeadValidation validation;
        if (record.size() != headerSize) {
            validation = new LeadValidation(
                    null,
                    List.of(new FieldProblem(
                            "(row)", "has " + record.size() + " cells but the header has " + headerSize)));
        } else {
            validation = LeadValidator.forCsv().validate(field -> {
                String cell = record.get(columnOf[field.ordinal()]);
                return cell.isBlank() ? RawValue.MISSING : new RawValue.Text(cell);
            });
        }
        return new LeadCsvRow(line, validation, extras);
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** commons-csv's own words, which give positions (line, character) and never a cell's text. */
    private static String rootMessage(Throwable e) {
        return root(e).getMessage();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
