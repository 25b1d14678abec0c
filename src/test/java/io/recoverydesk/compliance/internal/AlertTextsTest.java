package io.recoverydesk.compliance.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.recoverydesk.Bundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk's alert details as the door, the note scanner and the complaint clock write
 * them, read in Chinese; in English as stored; unknown texts as stored.
 */
class AlertTextsTest {

    private final AlertTexts texts = new AlertTexts(messages());

    private static ResourceBundleMessageSource messages() {
        return Bundles.messages("messages", "messages-complaints");
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static ComplianceAlerts.Alert alert(String kind, String detail) {
        return new ComplianceAlerts.Alert(UUID.randomUUID(), UUID.randomUUID(), null, kind, List.of("X"), detail,
                Instant.EPOCH, ComplianceAlerts.OPEN, null, null);
    }

    private static final String VIOLATION = "CN.TIME: 2026-03-01T22:05 in Asia/Shanghai is outside 08:00–21:00 local time;"
            + " CN.CONVERSATIONS: 4 conversations with the debtor on 2026-03-01 (Asia/Shanghai) (limit 3)";

    @Test
    void aBrokenRulesReasonsReadInChineseWithTheirValues() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(texts.detail(alert("VIOLATION", VIOLATION)))
            .isEqualTo("CN.TIME：当地时间 2026-03-01T22:05（Asia/Shanghai）不在允许的 08:00–21:00 时段内；"
                    + "CN.CONVERSATIONS：2026-03-01（Asia/Shanghai）已与债务人有效沟通 4 次（上限 3）");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.detail(alert("VIOLATION", VIOLATION))).isEqualTo(VIOLATION);
    }

    @Test
    void aFlaggedNotesCategoriesAndAnOverdueComplaintReadInChinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(texts.detail(alert("NOTE_FLAGGED", "THREAT: 你等着; INSULT: 骗子"))).isEqualTo("威胁：你等着；辱骂：骗子");
        assertThat(texts.detail(alert("NOTE_FLAGGED", "case note " + UUID.randomUUID() + ": PRIVACY: 身份证")))
            .isEqualTo("隐私：身份证");
        assertThat(texts
            .detail(alert(ComplaintDesk.ALERT_KIND, "Complaint " + UUID.randomUUID() + " not acknowledged in time")))
            .isEqualTo("投诉未在时限内确认受理");
    }

    @Test
    void whatItDoesNotKnowStaysAsStored() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(texts.detail(alert("VIOLATION", "CN.NEW: something new"))).isEqualTo("CN.NEW：something new");
        assertThat(texts.detail(alert("OTHER", "free text"))).isEqualTo("free text");
    }

}
