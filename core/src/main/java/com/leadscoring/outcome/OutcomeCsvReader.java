package com.leadscoring.outcome;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.leadscoring.io.Locations;
import com.leadscoring.lead.CsvFormatException;
import com.leadscoring.lead.CsvHeader;
import com.leadscoring.lead.LeadDates;
import com.leadscoring.lead.LeadField;
import com.leadscoring.lead.Utf8Text;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an outcomes CSV: header-driven ({@code id}, {@code buy} required, {@code decided_at} optional, other columns
 * ignored, any order), a UTF-8 byte-order mark allowed. {@code buy} is 1 or 0; {@code decided_at} is
 * {@code yyyy-MM-dd}, {@code dd-MM-yyyy}, or an ISO timestamp (its UTC day), or empty. Every bad row is reported as
 * {@code line N, column C: reason} (never the cell's value) and the file is refused, as the training CSV is.
 */
public final class OutcomeCsvReader {

    /** The columns this reader reads, in the order a CRM export lists them (the Glue table reads them by position). */
    public static final List<String> READ = List.of("id", "buy", "decided_at");

    /** The most bad rows a refusal lists. */
    static final int MAX_REPORTED = 20;

    private OutcomeCsvReader() {}

    /** Reads the outcomes at a path, {@code file:} URI or {@code s3://bucket/key}, keeping the S3 version read. */
    public static Outcomes load(String location) throws IOException {
        try (Locations.Source in = Locations.open(location)) {
            return read(Utf8Text.reader(in, location), location, in.versionId());
        }
    }

    /**
     * Reads outcomes from {@code reader}.
     *
     * @throws CsvFormatException naming the line and column of each bad row (at most {@value #MAX_REPORTED})
     */
    public static Outcomes read(Reader reader, String source, String versionId) throws IOException {
        try (CSVParser parser = CSVParser.builder()
                .setReader(reader)
                .setFormat(CsvHeader.FORMAT)
                .get()) {
            CsvHeader header = CsvHeader.read(parser, source, List.of("id", "buy"), List.of("decided_at"));
            int idCol = header.column("id");
            int buyCol = header.column("buy");
            Integer dateCol = header.column("decided_at");
            Map<String, Outcome> byId = new HashMap<>();
            List<String> problems = new ArrayList<>();
            long bad = 0;
            long rows = 0;
            long repeated = 0;
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, parser, source)) {
                CSVRecord record = records.next();
                long line = parser.getCurrentLineNumber();
                rows++;
                List<String> rowProblems = new ArrayList<>(1);
                if (record.size() != header.size()) {
                    rowProblems.add(
                            "line " + line + ": has " + record.size() + " cells but the header has " + header.size());
                } else {
                    String id = record.get(idCol).strip();
                    if (id.isEmpty()) {
                        rowProblems.add("line " + line + ", column id: is required");
                    } else if (!LeadField.acceptsIdText(id)) {
                        rowProblems.add("line " + line + ", column id: must be at most " + LeadField.MAX_ID_LENGTH
                                + " characters");
                    }
                    String buyText = record.get(buyCol).strip();
                    if (!buyText.equals("0") && !buyText.equals("1")) {
                        rowProblems.add("line " + line + ", column buy: must be 1 or 0");
                    }
                    LocalDate decidedAt = null;
                    if (dateCol != null && !record.get(dateCol).isBlank()) {
                        decidedAt = date(record.get(dateCol).strip());
                        if (decidedAt == null) {
                            rowProblems.add("line " + line + ", column decided_at: must be a date (yyyy-MM-dd or "
                                    + "dd-MM-yyyy) or an ISO timestamp");
                        }
                    }
                    if (rowProblems.isEmpty()) {
                        Outcome o = new Outcome(id, buyText.equals("1"), decidedAt, line);
                        Outcome before = byId.get(id);
                        if (before != null) {
                            repeated++;
                        }
                        if (before == null || o.supersedes(before)) {
                            byId.put(id, o);
                        }
                    }
                }
                if (!rowProblems.isEmpty()) {
                    bad++;
                    if (problems.size() < MAX_REPORTED) {
                        problems.add(String.join("; ", rowProblems));
                    }
                }
            }
            if (bad > 0) {
                throw new CsvFormatException(source + ": " + bad + " invalid row" + (bad > 1 ? "s" : "") + ": "
                        + String.join("; ", problems) + (bad > problems.size() ? "; ..." : ""));
            }
            return new Outcomes(source, versionId, byId, rows, repeated);
        }
    }

    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser, String source)
            throws CsvFormatException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new CsvFormatException(
                    source + ": line " + (parser.getCurrentLineNumber() + 1) + ": broken CSV (quoting)", e);
        }
    }

    /** A day, or the UTC day of an ISO timestamp; null when the text is neither. */
    static LocalDate date(String text) {
        LocalDate day = LeadDates.parse(text, true);
        if (day != null || text.length() <= 10) {
            return day;
        }
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
