package io.recoverydesk.portfolio.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.recoverydesk.kernel.BusinessRuleException;

/**
 * CSV with quoted fields (commas, quotes and line breaks inside quotes), streamed by
 * FastCSV. A quote left open at the end of the file would silently swallow the following
 * lines into one field, so it is an error here.
 */
final class CsvRowSource implements RowSource {

    private final QuoteCountingReader counting;

    private final CsvReader<CsvRecord> reader;

    private final Iterator<CsvRecord> records;

    private final List<String> header;

    private int rowNumber;

    private boolean lastSpansLines;

    CsvRowSource(Reader in) {
        this.counting = new QuoteCountingReader(in);
        this.reader = CsvReader.builder()
            .allowExtraFields(true)
            .allowMissingFields(true)
            .skipEmptyLines(false)
            .detectBomHeader(false)
            .ofCsvRecord(counting);
        this.records = reader.iterator();
        List<String> first = List.of();
        while (hasNext()) {
            CsvRecord record = read();
            if (!isEmptyLine(record)) {
                first = record.getFields();
                break;
            }
        }
        this.header = first;
    }

    @Override
    public List<String> header() {
        return header;
    }

    /**
     * The next non-empty record; empty lines count in the numbering (as blank rows do in
     * a spreadsheet) so that reported row numbers match what the creditor sees.
     */
    @Override
    public Row next() {
        while (hasNext()) {
            CsvRecord record = read();
            rowNumber++;
            if (isEmptyLine(record)) {
                continue;
            }
            lastSpansLines = record.getFields().stream().anyMatch(f -> f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0);
            return new Row(rowNumber, record.getFields());
        }
        if (counting.oddQuotes() && lastSpansLines) {
            throw new BusinessRuleException("malformed-file", "Data row " + rowNumber
                    + " opens a quote that is never closed: fix the quoting so that rows are not merged.");
        }
        return null;
    }

    private static boolean isEmptyLine(CsvRecord record) {
        return record.getFieldCount() == 1 && record.getField(0).isEmpty();
    }

    private boolean hasNext() {
        try {
            return records.hasNext();
        }
        catch (CsvParseException | UncheckedIOException ex) {
            throw unreadable(ex);
        }
    }

    private CsvRecord read() {
        try {
            return records.next();
        }
        catch (CsvParseException | UncheckedIOException ex) {
            throw unreadable(ex);
        }
    }

    private BusinessRuleException unreadable(RuntimeException ex) {
        String why = ex.getCause() instanceof java.nio.charset.CharacterCodingException
                ? "the bytes are not valid in the file's encoding (try encoding=GB18030 or UTF-8)" : ex.getMessage();
        return new BusinessRuleException("malformed-file",
                "The CSV file cannot be read after data row " + rowNumber + ": " + why);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /**
     * Counts double quotes as the parser reads: an odd count at the end means a quote was
     * never closed.
     */
    private static final class QuoteCountingReader extends FilterReader {

        private long quotes;

        QuoteCountingReader(Reader in) {
            super(in);
        }

        boolean oddQuotes() {
            return (quotes & 1) == 1;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c == '"') {
                quotes++;
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == '"') {
                    quotes++;
                }
            }
            return n;
        }

    }

}
