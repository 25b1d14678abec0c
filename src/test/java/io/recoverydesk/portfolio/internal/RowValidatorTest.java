package io.recoverydesk.portfolio.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RowValidatorTest {

    static final PiiCipher PII = new PiiCipher("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", "unused");

    static final List<String> COLUMNS = List.of("creditor_ref", "debtor_name", "national_id", "phone_1", "email",
            "country", "currency", "principal", "interest", "first_delinquency_date", "birth_date", "debtor_type",
            "language");

    RowValidator validator = validator();

    static RowValidator validator() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            index.put(COLUMNS.get(i), i);
        }
        return new RowValidator(index, "CN", "CNY", LocalDate.of(2026, 11, 23), PII, UUID.randomUUID());
    }

    static RowSource.Row row(int n, String... cells) {
        List<String> list = new ArrayList<>(Arrays.asList(cells));
        while (list.size() < COLUMNS.size()) {
            list.add("");
        }
        return new RowSource.Row(n, list);
    }

    RowValidator.Result valid(String column, String value) {
        String[] cells = { "R-1", "张三", "", "13800138000", "", "", "", "100.00", "", "2026-01-01", "", "", "" };
        cells[COLUMNS.indexOf(column)] = value;
        return validator().validate(row(1, cells));
    }

    @Test
    void aGoodRowBecomesAStagedRowWithNormalisedPhoneAndEncryptedId() {
        RowValidator.Result result = validator.validate(row(1, "R-1", "李雷", "110101199003074514", "138 0013 8000",
                "LiLei@Example.com", "", "", "1000.5", "", "2026-01-01", "1990-03-07", ""));
        assertThat(result.errors()).isEmpty();
        StagedRow staged = result.row();
        assertThat(staged.contacts()).extracting(StagedRow.Contact::value)
            .containsExactly("+8613800138000", "lilei@example.com");
        assertThat(staged.contacts().get(0).timeZones()).isEqualTo("Asia/Shanghai");
        assertThat(staged.nationalIdEnc()).doesNotContain("110101199003074514");
        assertThat(PII.decrypt(staged.nationalIdEnc())).isEqualTo("110101199003074514");
        assertThat(staged.nationalIdLast4()).isEqualTo("4514");
        assertThat(staged.principal()).isEqualByComparingTo("1000.50");
        assertThat(staged.interest()).isEqualByComparingTo("0");
        assertThat(staged.debtorType()).isEqualTo("PERSON");
        assertThat(staged.currency()).isEqualTo("CNY");
    }

    @ParameterizedTest(name = "{0} = ''{1}'' → {2}")
    @CsvSource(delimiter = '|', value = { "principal|1,000.00|INVALID_AMOUNT", "principal|1000.123|INVALID_AMOUNT",
            "principal|¥100|INVALID_AMOUNT", "principal|-1|NEGATIVE_AMOUNT", "principal||REQUIRED",
            "interest|1e3|INVALID_AMOUNT", "first_delinquency_date|2026-02-30|INVALID_DATE",
            "first_delinquency_date|2026/01/01|INVALID_DATE", "first_delinquency_date|2026-12-01|FUTURE_DATE",
            "first_delinquency_date||REQUIRED", "birth_date|1990-13-01|INVALID_DATE", "currency|RMB|INVALID_CURRENCY",
            "currency|CN|INVALID_CURRENCY", "country|ZZ|INVALID_COUNTRY", "country|CHN|TOO_LONG",
            "phone_1|12345|INVALID_PHONE", "phone_1|1380013800|INVALID_PHONE", "email|not-an-email|INVALID_EMAIL",
            "national_id|110101199003074515|INVALID_NATIONAL_ID", "national_id|1234|INVALID_NATIONAL_ID",
            "debtor_name||REQUIRED", "creditor_ref||REQUIRED", "debtor_type|ROBOT|INVALID_VALUE",
            "language|粤语|INVALID_LANGUAGE", "language|zh_HK|INVALID_LANGUAGE", "language|cantonese|INVALID_LANGUAGE" })
    void badValuesAreRejectedWithAClearCode(String column, String value, String code) {
        RowValidator.Result result = valid(column, value == null ? "" : value);
        assertThat(result.row()).isNull();
        assertThat(result.errors()).extracting(RowError::code).contains(code);
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "principal|0", "principal|12.5", "interest|0.01", "currency|usd",
            "country|hk", "phone_1|+1 650 253 0000", "national_id|11010119900307897x", "debtor_type|company" })
    void acceptableVariantsPass(String column, String value) {
        RowValidator.Result result = valid(column, value);
        if (column.equals("country")) {
            result = validator()
                .validate(row(1, "R-1", "张三", "", "+852 9123 4567", "", value, "", "100", "", "2026-01-01", "", ""));
        }
        assertThat(result.errors()).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = { "yue|yue", "EN|en", " zh-HK |zh-hk", "ug|ug" })
    void aLanguageCodeIsStagedInLowerCase(String value, String staged) {
        RowValidator.Result result = valid("language", value);
        assertThat(result.errors()).isEmpty();
        assertThat(result.row().language()).isEqualTo(staged);
    }

    @Test
    void aBlankLanguageIsNoLanguage() {
        assertThat(valid("language", "  ").row().language()).isNull();
    }

    @Test
    void anInvalidLanguageNamesTheColumnAndTheValue() {
        assertThat(valid("language", "Cantonese").errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("language");
            assertThat(e.message()).contains("'Cantonese'").contains("yue");
        });
    }

    @Test
    void aDuplicateRefInTheFileRejectsTheLaterRowsAndNamesTheFirst() {
        assertThat(validator.validate(row(1, "R-9", "甲", "", "", "", "", "", "1", "", "2026-01-01", "", "")).row())
            .isNotNull();
        RowValidator.Result dup = validator
            .validate(row(5, "R-9", "乙", "", "", "", "", "", "1", "", "2026-01-01", "", ""));
        assertThat(dup.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("DUPLICATE_REF");
            assertThat(e.row()).isEqualTo(5);
            assertThat(e.message()).contains("row 1");
        });
    }

    @Test
    void aCorrectedRepeatOfARejectedRowStillImports() {
        assertThat(validator.validate(row(2, "R-7", "甲", "", "", "", "", "", "abc", "", "2026-01-01", "", "")).row())
            .isNull();
        assertThat(validator.validate(row(6, "R-7", "甲", "", "", "", "", "", "10", "", "2026-01-01", "", "")).row())
            .isNotNull();
    }

    @Test
    void debtorKeysGroupRowsByNationalIdElseNameAndPhone() {
        StagedRow a = validator
            .validate(
                    row(1, "K-1", "李雷", "110101199003074514", "13800138000", "", "", "", "1", "", "2026-01-01", "", ""))
            .row();
        StagedRow b = validator
            .validate(row(2, "K-2", "李雷", "110101199003074514", "", "", "", "", "1", "", "2026-01-01", "", ""))
            .row();
        StagedRow c = validator
            .validate(row(3, "K-3", "韩梅梅", "", "13900139000", "", "", "", "1", "", "2026-01-01", "", ""))
            .row();
        StagedRow d = validator
            .validate(row(4, "K-4", "韩梅梅", "", "139-0013-9000", "", "", "", "1", "", "2026-01-01", "", ""))
            .row();
        assertThat(a.debtorKey()).isEqualTo(b.debtorKey());
        assertThat(c.debtorKey()).isEqualTo(d.debtorKey()).isNotEqualTo(a.debtorKey());
    }

}
