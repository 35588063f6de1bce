package com.leadscoring.lead;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A CSV file's header row, read by name the one way every CSV reader of the project reads it: any column order, other
 * columns ignored, names stripped, a byte order mark the caller's reader kept dropped from the first name. A column the
 * reader reads that stands more than once is refused with its column numbers (it would be read from its first copy
 * only); a missing one is refused by name. The first line's cells are never quoted: in a file without its header row
 * they are a record's data.
 */
public final class CsvHeader {

    /** The format the readers parse with: a header row, empty lines skipped, repeated names left to {@link #read}. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .get();

    private final Map<String, Integer> columns;
    private final int size;

    private CsvHeader(Map<String, Integer> columns, int size) {
        this.columns = columns;
        this.size = size;
    }

    /**
     * Reads the header of {@code parser} (built with {@link #FORMAT}).
     *
     * @param required the columns the file must have, in the order a refusal names them
     * @param optional the columns read when the file has them
     * @throws CsvFormatException naming {@code source} and line 1: an empty file, a column read twice, a missing column
     */
    public static CsvHeader read(
            CSVParser parser, String source, Collection<String> required, Collection<String> optional)
            throws CsvFormatException {
        List<String> names = new ArrayList<>(parser.getHeaderNames());
        if (names.isEmpty()) {
            throw new CsvFormatException(source + ": line 1: no header row (the file is empty)");
        }
        if (names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        List<String> read = new ArrayList<>(required);
        read.addAll(optional);
        Map<String, Integer> columns = new HashMap<>();
        Map<String, List<Integer>> repeated = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            Integer first = columns.putIfAbsent(name, i);
            if (first != null && read.contains(name)) {
                repeated.computeIfAbsent(name, n -> new ArrayList<>(List.of(first + 1)))
                        .add(i + 1);
            }
        }
        if (!repeated.isEmpty()) {
            List<String> twice = new ArrayList<>();
            repeated.forEach((name, at) -> twice.add(
                    name + " (columns " + at.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")"));
            throw new CsvFormatException(source + ": line 1 (header): column" + (twice.size() > 1 ? "s " : " ")
                    + String.join(", ", twice) + " appear" + (twice.size() > 1 ? "" : "s") + " more than once");
        }
        List<String> missing =
                required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            boolean namesAny = read.stream().anyMatch(columns::containsKey);
            throw new CsvFormatException(source + ": line 1 (header): missing column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + (namesAny
                            ? "; the header has " + names.size() + " columns"
                            : "; none of the first line's " + names.size() + " cells names a column read here: the"
                                    + " file must start with its header row"));
        }
        return new CsvHeader(Map.copyOf(columns), names.size());
    }

    /** The 0-based column of {@code name}, or null when the header has none. */
    public Integer column(String name) {
        return columns.get(name);
    }

    /** How many columns the header has: every row must have as many cells. */
    public int size() {
        return size;
    }
}
