package com.leadscoring.lead;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes leads in the data set's CSV format (dates {@code dd-MM-yyyy}), with optional extra columns such as
 * {@code buy}.
 */
public final class LeadCsvWriter implements Closeable, Flushable {

    private final CSVPrinter printer;
    private final int extraCount;

    public LeadCsvWriter(Writer out, List<String> extraColumns) throws IOException {
        List<String> header = new ArrayList<>();
        for (LeadField f : LeadField.values()) {
            header.add(f.fieldName());
        }
        header.addAll(extraColumns);
        this.extraCount = extraColumns.size();
        this.printer = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        printer.printRecord(header);
    }

    /** Writes one lead followed by the values of the extra columns, in the order given to the constructor. */
    public void write(Lead lead, Object... extras) throws IOException {
        if (extras.length != extraCount) {
            throw new IllegalArgumentException("expected " + extraCount + " extra values, got " + extras.length);
        }
        List<Object> cells = new ArrayList<>(LeadField.values().length + extras.length);
        for (LeadField field : LeadField.values()) {
            Object value = lead.value(field);
            cells.add(value instanceof LocalDate date ? LeadDates.DATA_SET.format(date) : value == null ? "" : value);
        }
        cells.addAll(List.of(extras));
        printer.printRecord(cells);
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
