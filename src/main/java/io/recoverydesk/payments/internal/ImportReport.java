package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a payment file did, row by row. */
record ImportReport(UUID importId, String creditor, String fileName, int rowsTotal, int posted, int duplicates,
        int unmatched, int errors, BigDecimal amountPosted, String createdBy, Instant createdAt, List<RowResult> rows) {

    static final String POSTED = "POSTED";

    static final String DUPLICATE = "DUPLICATE";

    static final String UNMATCHED = "UNMATCHED";

    static final String ERROR = "ERROR";

    static final String MATCHED = "MATCHED";

    static final String DISMISSED = "DISMISSED";

    /**
     * One row's outcome; {@code paymentId} of the payment it posted or duplicated. An
     * ERROR row has its problem's {@code code} and the value the problem names
     * ({@code detail}, may be null) beside the English {@code message}.
     */
    record RowResult(UUID id, int rowNo, String creditorRef, BigDecimal amount, Instant paidAt, String reference,
            String method, String outcome, String message, UUID paymentId, String code, String detail) {
    }

}
