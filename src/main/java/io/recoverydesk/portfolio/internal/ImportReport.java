package io.recoverydesk.portfolio.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer to a placement upload, and the stored report of a placement. */
record ImportReport(UUID placementId, String status, String creditorCode, String fileName, Instant createdAt,
        int rowsTotal, int rowsAccepted, int rowsRejected, int accountsCreated, int accountsUpdated, int debtorsCreated,
        int debtorsMatched, BigDecimal totalBalance, List<RowError> errors, int errorsTotal, List<String> warnings,
        UUID duplicateOf) {

    static final String COMPLETED = "COMPLETED";

    static final String REJECTED = "REJECTED";

    static final String DUPLICATE = "DUPLICATE";

}
