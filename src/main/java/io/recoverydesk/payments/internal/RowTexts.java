package io.recoverydesk.payments.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.payments.internal.ImportReport.RowResult;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A payment file report's row notes in the reader's language: an ERROR row by its problem
 * code ({@code pay.row.<code>}, with the value it names), other outcomes by their
 * standing note. The stored English message stands where no text is known (rows imported
 * before codes were kept).
 */
@Component
class RowTexts {

    private final MessageSource messages;

    RowTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** Each row's note by row id, in the report's order. */
    Map<UUID, String> of(ImportReport report) {
        Map<UUID, String> texts = new LinkedHashMap<>();
        for (RowResult row : report.rows()) {
            texts.put(row.id(), text(row));
        }
        return texts;
    }

    String text(RowResult row) {
        if (ImportReport.ERROR.equals(row.outcome())) {
            if (row.code() == null) {
                return row.message();
            }
            Object[] args = { row.detail() == null ? "" : row.detail() };
            return messages.getMessage("pay.row." + row.code(), args, row.message(), LocaleContextHolder.getLocale());
        }
        return messages.getMessage("pay.outcomeNote." + row.outcome(), null, row.message(),
                LocaleContextHolder.getLocale());
    }

}
