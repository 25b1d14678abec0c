package io.recoverydesk.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Rows as PostgreSQL's {@code COPY … WITH (FORMAT csv)} reads them: null is an empty
 * field, text is quoted (quotes doubled), numbers, dates and ids as they print; anything
 * else (instants) quoted in its ISO form.
 */
public final class CopyCsv {

    private CopyCsv() {
    }

    public static void line(StringBuilder out, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            if (v instanceof String s) {
                out.append('"').append(s.replace("\"", "\"\"")).append('"');
            }
            else if (v instanceof BigDecimal b) {
                out.append(b.toPlainString());
            }
            else if (v instanceof LocalDate || v instanceof UUID || v instanceof Number || v instanceof Boolean) {
                out.append(v);
            }
            else {
                out.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }

}
