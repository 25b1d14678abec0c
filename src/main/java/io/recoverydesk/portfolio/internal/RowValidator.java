package io.recoverydesk.portfolio.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.recoverydesk.kernel.Ids;

import static io.recoverydesk.portfolio.internal.ImportColumns.*;

/**
 * Checks one data row and turns it into a {@link StagedRow}, or into the list of its
 * problems. Stateful only for duplicate creditor refs inside the file: the first
 * occurrence stands. {@link #check} holds everything else and may run on several threads
 * at once; {@link #claim} then takes the rows one by one, in file order.
 */
final class RowValidator {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
        .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,13}(\\.\\d{1,2})?");

    private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static final Pattern CN_RESIDENT_ID = Pattern.compile("\\d{17}[\\dX]");

    private static final Pattern NATIONAL_ID_CHARS = Pattern.compile("[A-Za-z0-9-]{4,40}");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Map<String, Integer> index;

    private final String defaultCountry;

    private final String defaultCurrency;

    private final LocalDate today;

    private final PiiCipher pii;

    private final UUID importId;

    /** Touched by {@link #claim} only, on one thread. */
    private final RefRows firstRowOfRef = new RefRows();

    private final long startedMillis = System.currentTimeMillis();

    RowValidator(Map<String, Integer> index, String defaultCountry, String defaultCurrency, LocalDate today,
            PiiCipher pii, UUID importId) {
        this.index = index;
        this.defaultCountry = defaultCountry;
        this.defaultCurrency = defaultCurrency;
        this.today = today;
        this.pii = pii;
        this.importId = importId;
    }

    /** The outcome for one row: a staged row, or errors. */
    record Result(StagedRow row, List<RowError> errors) {
    }

    /**
     * A row checked on its own: its creditor ref (null when missing or invalid), its
     * problems, and the staged row when it has none.
     */
    record Checked(int rowNo, String ref, List<RowError> errors, StagedRow row) {
    }

    Result validate(RowSource.Row source) {
        return claim(check(source));
    }

    /**
     * Takes checked rows in file order: a row repeating the creditor ref of an earlier
     * valid row is rejected; only a valid row claims its ref (a corrected repeat of a
     * rejected row still imports).
     */
    Result claim(Checked checked) {
        List<RowError> errors = checked.errors();
        if (checked.ref() != null) {
            int first = firstRowOfRef.firstRow(checked.ref());
            if (first >= 0) {
                errors = new ArrayList<>(checked.errors().size() + 1);
                errors.add(new RowError(checked.rowNo(), CREDITOR_REF, "DUPLICATE_REF",
                        "creditor_ref " + checked.ref() + " already appears in row " + first + " of this file"));
                errors.addAll(checked.errors());
            }
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        firstRowOfRef.put(checked.ref(), checked.rowNo());
        return new Result(checked.row(), List.of());
    }

    /** Everything but the duplicate check; safe to call from several threads. */
    Checked check(RowSource.Row source) {
        Cells cells = new Cells(source);
        String ref = cells.text(CREDITOR_REF, 80);
        if (ref == null && !cells.hasError(CREDITOR_REF)) {
            cells.error(CREDITOR_REF, "REQUIRED", "creditor_ref is required");
        }
        String debtorType = cells.text(DEBTOR_TYPE, 10);
        debtorType = debtorType == null ? "PERSON" : debtorType.toUpperCase(Locale.ROOT);
        if (!debtorType.equals("PERSON") && !debtorType.equals("COMPANY")) {
            cells.error(DEBTOR_TYPE, "INVALID_VALUE", "debtor_type must be PERSON or COMPANY");
        }
        String name = cells.required(DEBTOR_NAME, 200);
        String country = cells.text(COUNTRY, 2);
        country = country == null ? defaultCountry : country.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            cells.error(COUNTRY, "INVALID_COUNTRY", "country must be an ISO 3166 alpha-2 code, e.g. CN");
        }
        String currency = cells.text(CURRENCY, 3);
        currency = currency == null ? defaultCurrency : currency.toUpperCase(Locale.ROOT);
        if (!isCurrency(currency)) {
            cells.error(CURRENCY, "INVALID_CURRENCY", "currency must be an ISO 4217 code, e.g. CNY");
        }
        String nationalId = cells.text(NATIONAL_ID, 40);
        if (nationalId != null) {
            nationalId = nationalId.toUpperCase(Locale.ROOT);
            if (!validNationalId(nationalId, country, debtorType)) {
                cells.error(NATIONAL_ID, "INVALID_NATIONAL_ID", "national_id is not a valid identity number");
            }
        }
        LocalDate birthDate = cells.pastDate(BIRTH_DATE, false);
        BigDecimal principal = cells.amount(PRINCIPAL, true);
        BigDecimal interest = cells.amount(INTEREST, false);
        BigDecimal fees = cells.amount(FEES, false);
        BigDecimal penalty = cells.amount(PENALTY, false);
        BigDecimal original = cells.amount(ORIGINAL_AMOUNT, false);
        LocalDate firstDelinquency = cells.pastDate(FIRST_DELINQUENCY_DATE, true);
        LocalDate chargeOff = cells.pastDate(CHARGE_OFF_DATE, false);
        LocalDate lastPayment = cells.pastDate(LAST_PAYMENT_DATE, false);
        BigDecimal lastPaymentAmount = cells.amount(LAST_PAYMENT_AMOUNT, false);
        String product = cells.text(PRODUCT, 60);
        String language = cells.language(LANGUAGE);

        List<StagedRow.Contact> contacts = new ArrayList<>();
        String firstPhone = null;
        for (String column : List.of(PHONE_1, PHONE_2, PHONE_3)) {
            String raw = cells.text(column, 40);
            if (raw == null) {
                continue;
            }
            var phone = PhoneNormalizer.normalize(raw, COUNTRIES.contains(country) ? country : defaultCountry);
            if (phone.isEmpty()) {
                cells.error(column, "INVALID_PHONE", "not a valid phone number for " + country + ": " + raw);
                continue;
            }
            if (firstPhone == null) {
                firstPhone = phone.get().e164();
            }
            contacts.add(new StagedRow.Contact("PHONE", phone.get().e164(), phone.get().type(),
                    String.join(",", phone.get().timeZones()), null, null, null));
        }
        String email = cells.text(EMAIL, 200);
        if (email != null) {
            if (!EMAIL_PATTERN.matcher(email).matches()) {
                cells.error(EMAIL, "INVALID_EMAIL", "not a valid email address");
            }
            else {
                contacts
                    .add(new StagedRow.Contact("EMAIL", email.toLowerCase(Locale.ROOT), null, null, null, null, null));
            }
        }
        String address = cells.text(ADDRESS, 300);
        String city = cells.text(CITY, 100);
        String province = cells.text(PROVINCE, 100);
        if (address != null || city != null || province != null) {
            String line = address != null ? address : String.join(" ", nonNull(province, city));
            contacts.add(new StagedRow.Contact("ADDRESS", line, null, null, country, province, city));
        }
        if (!cells.errors.isEmpty()) {
            return new Checked(source.number(), ref, cells.errors, null);
        }
        String nidHash = nationalId == null ? null : pii.matchHash(nationalId);
        String debtorKeyName = nidHash != null ? "N:" + nidHash
                : firstPhone != null ? "P:" + name + "|" + firstPhone : "R:" + ref;
        return new Checked(source.number(), ref, List.of(),
                new StagedRow(source.number(), ref, debtorType, name,
                        nationalId == null ? null : pii.encrypt(nationalId), nidHash,
                        nationalId == null ? null : nationalId.substring(nationalId.length() - 4), birthDate,
                        Ids.nameBased(startedMillis, importId, debtorKeyName), firstPhone, product, currency, principal,
                        zero(interest), zero(fees), zero(penalty), original, firstDelinquency, chargeOff, lastPayment,
                        lastPaymentAmount, contacts, language));
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value;
    }

    private static boolean isCurrency(String code) {
        if (code.length() != 3) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
    }

    static boolean validNationalId(String id, String country, String debtorType) {
        if ("CN".equals(country) && "PERSON".equals(debtorType)) {
            return CN_RESIDENT_ID.matcher(id).matches() && cnChecksumOk(id);
        }
        return NATIONAL_ID_CHARS.matcher(id).matches();
    }

    /** GB 11643-1999: the 18th character is a checksum of the first 17 digits. */
    static boolean cnChecksumOk(String id) {
        return id.charAt(17) == cnCheckChar(id.substring(0, 17));
    }

    static char cnCheckChar(String first17) {
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        String checks = "10X98765432";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return checks.charAt(sum % 11);
    }

    /** The cells of one row by canonical column, collecting errors as they are read. */
    private final class Cells {

        private final Map<String, String> raw = new HashMap<>();

        private final List<RowError> errors = new ArrayList<>(2);

        private final int row;

        Cells(RowSource.Row source) {
            this.row = source.number();
            index.forEach((column, i) -> {
                if (i < source.cells().size()) {
                    String v = source.cells().get(i);
                    if (v != null) {
                        v = v.replace("\0", "").strip();
                        if (!v.isEmpty()) {
                            raw.put(column, v);
                        }
                    }
                }
            });
        }

        void error(String column, String code, String message) {
            errors.add(new RowError(row, column, code, message));
        }

        boolean hasError(String column) {
            return errors.stream().anyMatch(e -> column.equals(e.column()));
        }

        String text(String column, int maxLength) {
            String v = raw.get(column);
            if (v != null && v.length() > maxLength) {
                error(column, "TOO_LONG", column + " is longer than " + maxLength + " characters");
                return null;
            }
            return v;
        }

        String required(String column, int maxLength) {
            String v = text(column, maxLength);
            if (v == null && !hasError(column)) {
                error(column, "REQUIRED", column + " is required");
            }
            return v;
        }

        BigDecimal amount(String column, boolean required) {
            String v = raw.get(column);
            if (v == null) {
                if (required) {
                    error(column, "REQUIRED", column + " is required");
                }
                return null;
            }
            if (!AMOUNT.matcher(v).matches()) {
                error(column, "INVALID_AMOUNT", column + " must be a plain decimal with '.' and at most 2 decimals "
                        + "(no thousands separators or currency signs), e.g. 1234.50; got '" + v + "'");
                return null;
            }
            BigDecimal amount = new BigDecimal(v).setScale(2);
            if (amount.signum() < 0) {
                error(column, "NEGATIVE_AMOUNT", column + " must not be negative");
                return null;
            }
            return amount;
        }

        String language(String column) {
            String v = raw.get(column);
            if (v == null) {
                return null;
            }
            var code = LanguageCode.normalise(v);
            if (code.isEmpty()) {
                error(column, "INVALID_LANGUAGE", column + " must be a language code of 2–3 letters with at most one "
                        + "subtag, e.g. zh, yue, en or zh-hk; got '" + v + "'");
                return null;
            }
            return code.get();
        }

        LocalDate pastDate(String column, boolean required) {
            String v = raw.get(column);
            if (v == null) {
                if (required) {
                    error(column, "REQUIRED", column + " is required");
                }
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(v, ISO_DATE);
                if (date.isAfter(today)) {
                    error(column, "FUTURE_DATE", column + " " + v + " is in the future");
                    return null;
                }
                return date;
            }
            catch (DateTimeParseException ex) {
                error(column, "INVALID_DATE", column + " must be a real date as YYYY-MM-DD; got '" + v + "'");
                return null;
            }
        }

    }

}
