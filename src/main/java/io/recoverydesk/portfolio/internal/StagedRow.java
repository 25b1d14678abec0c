package io.recoverydesk.portfolio.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One valid, normalised row of a placement file, ready for the staging tables;
 * {@code language} is the debtor's preferred language code, null when the row gives none.
 */
record StagedRow(int rowNo, String creditorRef, String debtorType, String debtorName, String nationalIdEnc,
        String nationalIdHash, String nationalIdLast4, LocalDate birthDate, UUID debtorKey, String phoneKey,
        String product, String currency, BigDecimal principal, BigDecimal interest, BigDecimal fees, BigDecimal penalty,
        BigDecimal originalAmount, LocalDate firstDelinquencyDate, LocalDate chargeOffDate, LocalDate lastPaymentDate,
        BigDecimal lastPaymentAmount, List<Contact> contacts, String language) {

    BigDecimal balance() {
        return principal.add(interest).add(fees).add(penalty);
    }

    /** A contact point of the row: a phone, an email or an address. */
    record Contact(String kind, String value, String phoneType, String timeZones, String country, String province,
            String city) {
    }

}
