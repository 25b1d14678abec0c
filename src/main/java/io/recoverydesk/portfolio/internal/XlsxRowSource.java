package io.recoverydesk.portfolio.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import io.recoverydesk.kernel.BusinessRuleException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * The first sheet of an XLSX workbook, streamed. Date-formatted cells become
 * {@code YYYY-MM-DD}, numbers their plain decimal text, so the same validation applies as
 * for CSV.
 */
final class XlsxRowSource implements RowSource {

    /** Excel's serial of 9999-12-31; serials below 1 are not dates either. */
    private static final BigDecimal LAST_EXCEL_DATE = BigDecimal.valueOf(2_958_465);

    private final ReadableWorkbook workbook;

    private final Stream<org.dhatim.fastexcel.reader.Row> stream;

    private final Iterator<org.dhatim.fastexcel.reader.Row> rows;

    private final List<String> header;

    private int rowNumber;

    private int lastSheetRow;

    XlsxRowSource(InputStream in) throws IOException {
        try {
            this.workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
            this.stream = workbook.getFirstSheet().openStream();
            this.rows = stream.iterator();
            if (rows.hasNext()) {
                org.dhatim.fastexcel.reader.Row first = rows.next();
                lastSheetRow = first.getRowNum();
                this.header = cells(first);
            }
            else {
                this.header = List.of();
            }
        }
        catch (IOException | RuntimeException ex) {
            throw new BusinessRuleException("malformed-file", "The XLSX workbook cannot be read: " + ex.getMessage());
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Row next() {
        try {
            return readNext();
        }
        catch (BusinessRuleException ex) {
            throw ex;
        }
        catch (RuntimeException ex) {
            // broken sheet XML past this point: the file cannot be read on
            throw new BusinessRuleException("malformed-file",
                    "The XLSX sheet cannot be read after data row " + rowNumber + ": " + ex.getMessage());
        }
    }

    private Row readNext() {
        while (rows.hasNext()) {
            org.dhatim.fastexcel.reader.Row row = rows.next();
            // rows missing from the sheet (blank) still count, like blank lines in
            // numbering by the spreadsheet
            rowNumber += row.getRowNum() - lastSheetRow;
            lastSheetRow = row.getRowNum();
            List<String> cells = cells(row);
            if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                return new Row(rowNumber, cells);
            }
        }
        return null;
    }

    private static List<String> cells(org.dhatim.fastexcel.reader.Row row) {
        List<String> out = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            out.add(text(row.getCell(i)));
        }
        return out;
    }

    static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && looksLikeDate(format)) {
                try {
                    BigDecimal serial = cell.asNumber();
                    if (serial.compareTo(BigDecimal.ONE) < 0 || serial.compareTo(LAST_EXCEL_DATE) > 0) {
                        return cell.getRawValue();
                    }
                    return cell.asDate().toLocalDate().toString();
                }
                catch (RuntimeException ex) {
                    // a serial no calendar has (negative, beyond year 9999): the raw
                    // number fails the date check with its row and column
                    return cell.getRawValue();
                }
            }
            BigDecimal number = cell.asNumber();
            BigDecimal rounded = number.setScale(Math.min(number.scale(), 10), java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
            return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
        }
        return cell.getText();
    }

    private static boolean looksLikeDate(String format) {
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase();
        return (f.contains("y") || f.contains("d")) && !f.contains("0.0");
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }

}
