package io.recoverydesk.portfolio.internal;

import java.util.List;
import java.util.Set;

/** The canonical columns of a placement file. */
final class ImportColumns {

    static final String CREDITOR_REF = "creditor_ref";
    static final String DEBTOR_TYPE = "debtor_type";
    static final String DEBTOR_NAME = "debtor_name";
    static final String NATIONAL_ID = "national_id";
    static final String BIRTH_DATE = "birth_date";
    static final String PHONE_1 = "phone_1";
    static final String PHONE_2 = "phone_2";
    static final String PHONE_3 = "phone_3";
    static final String EMAIL = "email";
    static final String ADDRESS = "address";
    static final String CITY = "city";
    static final String PROVINCE = "province";
    static final String COUNTRY = "country";
    static final String PRODUCT = "product";
    static final String CURRENCY = "currency";
    static final String PRINCIPAL = "principal";
    static final String INTEREST = "interest";
    static final String FEES = "fees";
    static final String PENALTY = "penalty";
    static final String ORIGINAL_AMOUNT = "original_amount";
    static final String FIRST_DELINQUENCY_DATE = "first_delinquency_date";
    static final String CHARGE_OFF_DATE = "charge_off_date";
    static final String LAST_PAYMENT_DATE = "last_payment_date";
    static final String LAST_PAYMENT_AMOUNT = "last_payment_amount";

    /** The debtor's preferred language (optional; see {@link LanguageCode}). */
    static final String LANGUAGE = "language";

    static final List<String> ALL = List.of(CREDITOR_REF, DEBTOR_TYPE, DEBTOR_NAME, NATIONAL_ID, BIRTH_DATE, PHONE_1,
            PHONE_2, PHONE_3, EMAIL, ADDRESS, CITY, PROVINCE, COUNTRY, PRODUCT, CURRENCY, PRINCIPAL, INTEREST, FEES,
            PENALTY, ORIGINAL_AMOUNT, FIRST_DELINQUENCY_DATE, CHARGE_OFF_DATE, LAST_PAYMENT_DATE, LAST_PAYMENT_AMOUNT,
            LANGUAGE);

    /** Columns without which no row can be valid: the header must have them. */
    static final Set<String> REQUIRED = Set.of(CREDITOR_REF, DEBTOR_NAME, PRINCIPAL, FIRST_DELINQUENCY_DATE);

    private ImportColumns() {
    }

}
