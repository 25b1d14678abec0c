package io.recoverydesk.portfolio.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlacementFileTest {

    static List<List<String>> read(byte[] bytes, String encoding) throws IOException {
        PlacementFile file = PlacementFile.save(new ByteArrayInputStream(bytes), "f.csv");
        try (RowSource source = file.open(encoding)) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(source.header());
            for (RowSource.Row row = source.next(); row != null; row = source.next()) {
                rows.add(row.cells());
            }
            return rows;
        }
        finally {
            file.delete();
        }
    }

    @Test
    void detectsGb18030AndUtf8WithAndWithoutBom() throws IOException {
        String csv = "creditor_ref,debtor_name\nA,欧阳娜娜\n";
        assertThat(read(csv.getBytes(Charset.forName("GBK")), null).get(1)).containsExactly("A", "欧阳娜娜");
        assertThat(read(csv.getBytes(Charset.forName("GB18030")), null).get(1)).containsExactly("A", "欧阳娜娜");
        assertThat(read(csv.getBytes(StandardCharsets.UTF_8), null).get(1)).containsExactly("A", "欧阳娜娜");
        byte[] bom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        assertThat(read(bom, null).get(0)).containsExactly("creditor_ref", "debtor_name");
        assertThat(read(csv.getBytes(Charset.forName("GBK")), "GBK").get(1)).containsExactly("A", "欧阳娜娜");
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() throws IOException {
        String csv = "a,b,c\n\"x,y\",\"say \"\"hi\"\"\",\"line1\r\nline2\"\n";
        assertThat(read(csv.getBytes(StandardCharsets.UTF_8), null).get(1)).containsExactly("x,y", "say \"hi\"",
                "line1\r\nline2");
    }

    @Test
    void rejectsEmptyBinaryOldExcelAndUnknownEncodings() {
        assertThatThrownBy(() -> read(new byte[0], null)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> read(new byte[] { 'a', 0, 'b' }, null)).isInstanceOf(BusinessRuleException.class)
            .hasMessageContaining("binary");
        byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 };
        assertThatThrownBy(() -> read(xls, null)).hasMessageContaining(".xls");
        assertThatThrownBy(() -> read("a\n".getBytes(StandardCharsets.UTF_8), "klingon"))
            .isInstanceOf(BadRequestException.class);
    }

    @Test
    void anUnterminatedQuoteIsAClearError() {
        assertThatThrownBy(() -> read("a,b\n\"open,1\n".getBytes(StandardCharsets.UTF_8), null))
            .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aWrongExplicitEncodingIsAClearErrorNotGarbage() {
        byte[] gbk = "a,b\n1,欧阳\n".getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> read(gbk, "UTF-8")).isInstanceOf(BusinessRuleException.class);
    }

    static List<RowSource.Row> rows(byte[] bytes, String name) throws IOException {
        PlacementFile file = PlacementFile.save(new ByteArrayInputStream(bytes), name);
        try (RowSource source = file.open(null)) {
            List<RowSource.Row> rows = new ArrayList<>();
            for (RowSource.Row row = source.next(); row != null; row = source.next()) {
                rows.add(row);
            }
            return rows;
        }
        finally {
            file.delete();
        }
    }

    @Test
    void blankCsvLinesCountInTheRowNumbersAsInASpreadsheet() throws IOException {
        String csv = "\na,b\n1,x\n\n2,\"multi\nline\"\n3,z\n";
        assertThat(rows(csv.getBytes(StandardCharsets.UTF_8), "f.csv")).extracting(RowSource.Row::number)
            .containsExactly(1, 3, 4);
    }

    @Test
    void aDateCellOutsideAnyCalendarBecomesItsRawNumberNotAnError() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0")) {
            org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("s");
            sheet.value(0, 0, "first_delinquency_date");
            sheet.value(1, 0, 99999999);
            sheet.style(1, 0).format("yyyy-mm-dd").set();
            sheet.value(2, 0, -5);
            sheet.style(2, 0).format("yyyy-mm-dd").set();
        }
        assertThat(rows(out.toByteArray(), "f.xlsx")).extracting(r -> r.cells().get(0))
            .containsExactly("99999999", "-5");
    }

}
