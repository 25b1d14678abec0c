package io.recoverydesk.payments.internal;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.recoverydesk.kernel.BusinessRuleException;

/**
 * A payment file: CSV with the columns {@code creditor_ref, amount, paid_at, reference}
 * and optionally {@code method}, in UTF-8 (with or without BOM) or GB18030 (which covers
 * GBK), detected as the placement import does.
 */
record PaymentFile(List<Row> rows) {

    static final List<String> REQUIRED = List.of("creditor_ref", "amount", "paid_at", "reference");

    /** A data row (numbered from 1 after the header) with its cells by column. */
    record Row(int number, String creditorRef, String amount, String paidAt, String reference, String method) {
    }

    static PaymentFile parse(byte[] bytes) {
        String text = decode(bytes);
        List<Row> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(new StringReader(text))) {
            Map<String, Integer> columns = null;
            int number = 0;
            for (CsvRecord record : reader) {
                if (record.getFieldCount() == 1 && record.getField(0).isBlank()) {
                    number += columns == null ? 0 : 1;
                    continue;
                }
                if (columns == null) {
                    columns = header(record.getFields());
                    continue;
                }
                number++;
                List<String> cells = record.getFields();
                rows.add(new Row(number, cell(cells, columns, "creditor_ref"), cell(cells, columns, "amount"),
                        cell(cells, columns, "paid_at"), cell(cells, columns, "reference"),
                        cell(cells, columns, "method")));
            }
            if (columns == null) {
                throw new BusinessRuleException("empty-file", "The payment file has no header row.");
            }
            if (rows.isEmpty()) {
                // nothing to import: no import is recorded
                throw new BusinessRuleException("empty-file", "The payment file has a header row but no payments.");
            }
        }
        catch (CsvParseException | java.io.IOException | java.io.UncheckedIOException ex) {
            throw new BusinessRuleException("malformed-file", "The CSV file cannot be read: " + ex.getMessage());
        }
        return new PaymentFile(rows);
    }

    /** Column names as Chinese bank and creditor exports write them. */
    static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("账户编号", "creditor_ref"),
            Map.entry("账号", "creditor_ref"), Map.entry("合同号", "creditor_ref"), Map.entry("金额", "amount"),
            Map.entry("还款金额", "amount"), Map.entry("还款日期", "paid_at"), Map.entry("到账日期", "paid_at"),
            Map.entry("还款时间", "paid_at"), Map.entry("流水号", "reference"), Map.entry("交易流水号", "reference"),
            Map.entry("还款方式", "method"), Map.entry("方式", "method"));

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            columns.putIfAbsent(ALIASES.getOrDefault(name, name), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("missing-columns", "The payment file lacks the column(s) "
                    + String.join(", ", missing) + "; expected creditor_ref, amount, paid_at, reference[, method].");
        }
        return columns;
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null || i >= cells.size()) {
            return null;
        }
        String value = cells.get(i).strip();
        return value.isEmpty() ? null : value;
    }

    /** UTF-8 after a BOM; else UTF-8 when the bytes are valid UTF-8; else GB18030. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return strict(StandardCharsets.UTF_8, bytes);
        }
        catch (CharacterCodingException ex) {
            try {
                return strict(Charset.forName("GB18030"), bytes);
            }
            catch (CharacterCodingException again) {
                throw new BusinessRuleException("malformed-file",
                        "The file is neither UTF-8 nor GB18030 text; save it as CSV (UTF-8).");
            }
        }
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    }

}
