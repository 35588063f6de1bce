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
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

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
        List<String> names = new ArrayList<>(parser.getHeaderNames());
        // A spreadsheet's UTF-8 byte order mark, when the caller's reader kept it, is not part of the first name.
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        Map<String, Integer> header = new HashMap<>();
        Map<String, List<Integer>> repeated = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            Integer first = header.putIfAbsent(name, i);
            if (first != null) {
                repeated.computeIfAbsent(name, n -> new ArrayList<>(List.of(first + 1)))
                        .add(i + 1);
            }
        }
        this.headerSize = names.size();
        List<String> missing = new ArrayList<>();
        List<String> read = new ArrayList<>();
        LeadField[] fields = LeadField.values();
        columnOf = new int[fields.length];
        for (LeadField f : fields) {
            Integer idx = header.get(f.fieldName());
            read.add(f.fieldName());
            if (idx == null) {
                missing.add(f.fieldName());
            } else {
                columnOf[f.ordinal()] = idx;
            }
        }
        extraColumns = new LinkedHashMap<>();
        for (String extra : extraRequired) {
            Integer idx = header.get(extra);
            read.add(extra);
            if (idx == null) {
                missing.add(extra);
            } else {
                extraColumns.put(extra, idx);
            }
        }
        for (String extra : extraOptional) {
            Integer idx = header.get(extra);
            read.add(extra);
            if (idx != null) {
                extraColumns.put(extra, idx);
            }
        }
        // A column read twice would be read from its first copy only: refused, naming it and where its copies are.
        List<String> twice = new ArrayList<>();
        repeated.forEach((name, at) -> {
            if (read.contains(name)) {
                twice.add(
                        name + " (columns " + at.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
            }
        });
        if (!twice.isEmpty()) {
            throw new CsvFormatException(source + ": line 1 (header): column" + (twice.size() > 1 ? "s " : " ")
                    + String.join(", ", twice) + " appear" + (twice.size() > 1 ? "" : "s") + " more than once");
        }
        if (!missing.isEmpty()) {
            // The first line's cells are named only when they are the project's own column names: a file without a
            // header row has a lead there, which never goes into a message.
            long known =
                    names.stream().map(String::strip).filter(read::contains).count();
            throw new CsvFormatException(source + ": line 1 (header): missing column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + (known == 0
                            ? "; none of the first line's " + names.size() + " cells names a lead column: the file"
                                    + " must start with its header row"
                            : "; the header has " + names.size() + " columns"));
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
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .get();
        try {
            CSVParser parser =
                    CSVParser.builder().setReader(reader).setFormat(format).get();
            if (parser.getHeaderNames().isEmpty()) {
                parser.close();
                throw new CsvFormatException(source + ": line 1: no header row (the file is empty)");
            }
            return new LeadCsvReader(parser, source, extraRequired, extraOptional);
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
