package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One part of a promise or a plan: an amount due on a business date. */
record Installment(int seq, BigDecimal amount, LocalDate dueDate) {

    Installment {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(dueDate, "dueDate");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("an installment amount must be above zero");
        }
    }

}
