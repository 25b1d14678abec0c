package io.recoverydesk.portfolio.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.recoverydesk.Bundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report page's texts for the errors the validator really writes: every one it knows
 * reads in Chinese for a Chinese reader (with its column and the values it quotes), in
 * the stored English for an English one; unknown texts stay as stored.
 */
class ImportTextsTest {

    private final ImportTexts texts = new ImportTexts(messages());

    private static ResourceBundleMessageSource messages() {
        return Bundles.messages("messages");
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    /** Rows with each kind of problem, as the validator reports them. */
    private static List<RowError> realErrors() {
        RowValidator validator = RowValidatorTest.validator();
        List<RowError> errors = new ArrayList<>();
        errors.addAll(validator
            .validate(RowValidatorTest.row(2, "", "", "123", "12345", "not-an-email", "XX", "EUROS", "1,000.00", "-5",
                    "0", "2999-01-01", "TRUST", "english!"))
            .errors());
        errors.addAll(
                validator.validate(RowValidatorTest.row(3, "R-9", "张三", "", "", "", "", "", "100", "", "2026-01-01"))
                    .errors());
        errors.addAll(
                validator.validate(RowValidatorTest.row(4, "R-9", "李四", "", "", "", "", "", "100", "", "2026-01-01"))
                    .errors());
        errors.addAll(validator
            .validate(RowValidatorTest.row(5, "R-10", "王五", "", "", "", "", "XYZ", "100", "", "2026-01-01"))
            .errors());
        return errors;
    }

    @Test
    void everyErrorTheValidatorWritesReadsInChinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        List<RowError> errors = realErrors();
        assertThat(errors).extracting(RowError::code)
            .contains("REQUIRED", "INVALID_NATIONAL_ID", "INVALID_PHONE", "INVALID_EMAIL", "INVALID_COUNTRY",
                    "INVALID_CURRENCY", "INVALID_AMOUNT", "NEGATIVE_AMOUNT", "INVALID_DATE", "FUTURE_DATE",
                    "INVALID_VALUE", "INVALID_LANGUAGE", "DUPLICATE_REF");
        for (RowError e : errors) {
            String text = texts.error(e);
            assertThat(text).as(e.code() + ": " + e.message()).isNotEqualTo(e.message());
            if (e.message().startsWith(e.column() + " ")) {
                assertThat(text).as(e.code()).contains(e.column());
            }
            assertThat(text).as(e.code()).doesNotContain(" must ", " is not ", " is required");
        }
        assertThat(errors).filteredOn(e -> e.code().equals("INVALID_DATE"))
            .singleElement()
            .satisfies(
                    e -> assertThat(texts.error(e)).isEqualTo("first_delinquency_date 须为真实存在的日期，格式 YYYY-MM-DD；收到“0”"));
        assertThat(errors).filteredOn(e -> e.code().equals("INVALID_PHONE"))
            .singleElement()
            .satisfies(e -> assertThat(texts.error(e)).isEqualTo("不是 XX 的有效电话号码：12345"));
        assertThat(errors).filteredOn(e -> e.code().equals("DUPLICATE_REF"))
            .singleElement()
            .satisfies(e -> assertThat(texts.error(e)).isEqualTo("creditor_ref R-9 已在本文件第 3 行出现（以第一次为准）"));
    }

    @Test
    void anEnglishReaderReadsWhatIsStored() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        for (RowError e : realErrors()) {
            if (!e.code().equals("DUPLICATE_REF")) {
                assertThat(texts.error(e)).as(e.code()).isEqualTo(e.message());
            }
        }
    }

    @Test
    void textsItDoesNotKnowStayAsStored() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(texts.error(new RowError(1, "x", "SOMETHING_NEW", "a new check"))).isEqualTo("a new check");
        assertThat(texts.error(new RowError(1, "phone_1", "INVALID_PHONE", "worded otherwise")))
            .isEqualTo("worded otherwise");
        assertThat(texts.warning("Unknown column 'remark' was ignored.")).isEqualTo("未知列“remark”已忽略。");
        assertThat(texts.warning("Column 'phone_1' appears twice; the first one was used."))
            .isEqualTo("列“phone_1”出现两次，已使用第一列。");
        assertThat(texts.warning("something else")).isEqualTo("something else");
    }

}
