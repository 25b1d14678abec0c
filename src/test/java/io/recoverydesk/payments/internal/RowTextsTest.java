package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import io.recoverydesk.payments.internal.ImportReport.RowResult;
import io.recoverydesk.Bundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A payment file's row notes for the refusals the payment rules really raise: each reads
 * in Chinese with the value it names, in English for an English reader; a row without a
 * code (imported before codes were kept) shows its stored text.
 */
class RowTextsTest {

    private final RowTexts texts = new RowTexts(messages());

    private static ResourceBundleMessageSource messages() {
        return Bundles.messages("messages", "messages-payments");
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static final Instant NOW = Instant.parse("2026-03-10T04:00:00Z");

    /** The rules' refusals for a file's cells, as the import catches them. */
    private static List<PaymentRules.Refusal> refusals() {
        List<Supplier<Object>> checks = List.of(() -> PaymentRules.amount("1,2x"), () -> PaymentRules.amount("0"),
                () -> PaymentRules.amount("1.234"), () -> PaymentRules.amount("1234567890123456"),
                () -> PaymentRules.amount((String) null),
                () -> PaymentRules.paidAt("2026-13-01", ZoneId.of("Asia/Shanghai"), NOW),
                () -> PaymentRules.paidAt("2027-01-01", ZoneId.of("Asia/Shanghai"), NOW),
                () -> PaymentRules.method("PIGEON", "CASH"), () -> PaymentRules.reference("x".repeat(101)),
                () -> PaymentRules.currency("EUROS"));
        List<PaymentRules.Refusal> out = new ArrayList<>();
        for (Supplier<Object> check : checks) {
            try {
                check.get();
            }
            catch (PaymentRules.Refusal refusal) {
                out.add(refusal);
            }
        }
        assertThat(out).hasSameSizeAs(checks);
        return out;
    }

    private static RowResult error(PaymentRules.Refusal r) {
        return new RowResult(UUID.randomUUID(), 1, "F-1", null, null, "BK-1", null, ImportReport.ERROR, r.getMessage(),
                null, r.code(), r.detail());
    }

    @Test
    void everyRefusalOfTheRulesReadsInChineseWithTheValueItNames() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        List<String> shown = refusals().stream().map(r -> texts.text(error(r))).toList();
        assertThat(shown).allSatisfy(text -> assertThat(text).containsPattern("\\p{IsHan}")).doesNotHaveDuplicates();
        assertThat(shown.get(0)).isEqualTo("金额 1,2x 不是有效数字。");
        assertThat(shown.get(1)).isEqualTo("金额 0 必须大于 0。").isNotEqualTo(shown.get(2));
        assertThat(shown.get(5)).contains("2026-13-01");
        assertThat(shown.get(7)).contains("PIGEON");
        assertThat(shown.get(9)).contains("EUROS");
    }

    @Test
    void anEnglishReaderGetsEnglishWithTheValue() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        List<String> shown = refusals().stream().map(r -> texts.text(error(r))).toList();
        assertThat(shown.get(0)).isEqualTo("The amount 1,2x is not a number.");
        assertThat(shown).noneSatisfy(text -> assertThat(text).containsPattern("\\p{IsHan}|\\{0\\}"));
    }

    @Test
    void theRowsCodesWithoutAChineseTextAreNone() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        for (String code : List.of("reference-required", "creditor-ref-required", "paid-at-required",
                "amount-minor-unit", "currency-mismatch", "concurrent-change", "reference-conflict")) {
            RowResult row = new RowResult(UUID.randomUUID(), 1, "F-1", BigDecimal.ONE, NOW, "BK", null,
                    ImportReport.ERROR, "English " + code, null, code, "JPY");
            assertThat(texts.text(row)).as(code).containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void aRowWithoutACodeShowsItsStoredTextAndOtherOutcomesTheirNote() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        RowResult old = new RowResult(UUID.randomUUID(), 1, "F-1", null, null, null, null, ImportReport.ERROR,
                "The amount x is not a number.", null, null, null);
        assertThat(texts.text(old)).isEqualTo("The amount x is not a number.");
        RowResult unmatched = new RowResult(UUID.randomUUID(), 2, "F-9", BigDecimal.TEN, NOW, "BK-2", "CASH",
                ImportReport.UNMATCHED, "No account F-9 for creditor C1.", null, null, null);
        assertThat(texts.text(unmatched)).isEqualTo("找不到该账户编号，等待人工匹配。");
        RowResult posted = new RowResult(UUID.randomUUID(), 3, "F-1", BigDecimal.TEN, NOW, "BK-3", "CASH",
                ImportReport.POSTED, null, UUID.randomUUID(), null, null);
        assertThat(texts.text(posted)).isNull();
    }

}
