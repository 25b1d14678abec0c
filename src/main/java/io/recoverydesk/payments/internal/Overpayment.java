package io.recoverydesk.payments.internal;

import java.math.BigDecimal;

import io.recoverydesk.kernel.BusinessRuleException;

/**
 * The pages' second look at a payment larger than what the account owes: posted, the
 * difference becomes a credit and the account closes as paid, so a slip of the keyboard
 * (an extra zero) would close an account. The person confirms it once, with the balance
 * before them; files and the API post as before (an overpayment is a real thing).
 */
final class Overpayment {

    /** The form field a person ticks to confirm. */
    static final String CONFIRM = "confirmOverpayment";

    private Overpayment() {
    }

    static void requireConfirmed(BigDecimal amount, BigDecimal balance, String confirmed) {
        if (amount != null && balance != null && amount.compareTo(balance) > 0 && !"on".equals(confirmed)) {
            throw new BusinessRuleException("overpayment-unconfirmed", "The amount " + amount.toPlainString()
                    + " is more than the balance " + balance.toPlainString()
                    + ": the difference becomes a credit and the account closes as paid. Tick the box to confirm.");
        }
    }

}
