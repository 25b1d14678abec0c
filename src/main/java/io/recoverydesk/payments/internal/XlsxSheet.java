package io.recoverydesk.payments.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet XLSX workbook (SpreadsheetML): text as inline strings, numbers as numbers.
 * Small reports only; the main classpath has no XLSX writer (FastExcel's writer is a test
 * dependency), and these few parts are all Excel and WPS need.
 */
final class XlsxSheet {

    private XlsxSheet() {
    }

    static void write(OutputStream target, String sheetName, List<List<Object>> rows) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        part(zip, out, "[Content_Types].xml",
                """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                        <Default Extension="xml" ContentType="application/xml"/>
                        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                        </Types>""");
        part(zip, out, "_rels/.rels",
                """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                        </Relationships>""");
        part(zip, out, "xl/workbook.xml",
                """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                        <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets>
                        </workbook>"""
                    .formatted(escape(sheetName)));
        part(zip, out, "xl/_rels/workbook.xml.rels",
                """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                        </Relationships>""");
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            out.write("<row r=\"" + (r + 1) + "\">");
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                String ref = column(c) + (r + 1);
                Object value = cells.get(c);
                if (value instanceof Number n) {
                    String text = n instanceof BigDecimal d ? d.toPlainString() : n.toString();
                    out.write("<c r=\"" + ref + "\"><v>" + text + "</v></c>");
                }
                else if (value != null) {
                    out.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(value.toString())
                            + "</t></is></c>");
                }
            }
            out.write("</row>");
        }
        out.write("</sheetData></worksheet>");
        out.flush();
        zip.closeEntry();
        zip.finish();
    }

    private static void part(ZipOutputStream zip, Writer out, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write(xml);
        out.flush();
        zip.closeEntry();
    }

    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

}
