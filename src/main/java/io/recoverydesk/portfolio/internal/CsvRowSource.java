package io.recoverydesk.portfolio.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.recoverydesk.kernel.BusinessRuleException;

/** CSV with quoted fields (commas, quotes and line breaks inside quotes), streamed by FastCSV. */
final class CsvRowSource implements RowSource {

    private final CsvReader<CsvRecord> reader;

    private final Iterator<CsvRecord> records;

    private final List<String> header;

    private int rowNumber;

    CsvRowSource(Reader in) {
        this.reader = CsvReader.builder()
            .allowExtraFields(true)
            .allowMissingFields(true)
            .skipEmptyLines(true)
            .detectBomHeader(false)
            .ofCsvRecord(in);
        this.records = reader.iterator();
        this.header = records.hasNext() ? safeNext().getFields() : List.of();
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Row next() {
        if (!records.hasNext()) {
            return null;
        }
        CsvRecord record = safeNext();
        rowNumber++;
        return new Row(rowNumber, record.getFields());
    }

    private CsvRecord safeNext() {
        try {
            return records.next();
        }
        catch (CsvParseException | java.io.UncheckedIOException ex) {
            throw new BusinessRuleException("malformed-file",
                    "The CSV file cannot be read after data row " + rowNumber + ": " + ex.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

}
