package io.recoverydesk.compliance.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.recoverydesk.compliance.scan.ContentScanner;
import io.recoverydesk.Bundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template check's real findings (scanner, placeholders, third party, opt-out,
 * length) read in Chinese for a Chinese reader and as the check wrote them for an English
 * one (a finding's category by its name).
 */
class TemplateIssueTextsTest {

    private final TemplateIssueTexts texts = new TemplateIssueTexts(messages());

    private final TemplateDesk desk = new TemplateDesk(null, ContentScanner.load(), null, null, null, Clock.systemUTC(),
            "https://optout.example/");

    private static ResourceBundleMessageSource messages() {
        return Bundles.messages("messages", "messages-templates");
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static TemplateStore.Template template(String channel, String audience, String pack) {
        return new TemplateStore.Template(UUID.randomUUID(), "T1", "t", "EARLY", channel, audience, "zh-CN", pack,
                "author", Instant.EPOCH);
    }

    private List<TemplateDesk.Issue> findings() {
        List<TemplateDesk.Issue> issues = new java.util.ArrayList<>();
        issues.addAll(desk.issues(template("SMS", "DEBTOR", "US"), null,
                "你好 {{debtorNmae}} {oops} 不还钱就让你好看 " + "啊".repeat(TemplateStatus.SMS_MAX)));
        issues.addAll(desk.issues(template("SMS", "THIRD_PARTY", "CN"), null, "请转告 {{balance}}"));
        return issues;
    }

    @Test
    void everyKindOfFindingReadsInChinese() {
        List<TemplateDesk.Issue> issues = findings();
        assertThat(issues).extracting(TemplateDesk.Issue::rule)
            .contains("scanner", "placeholder", "third-party", "opt-out", "length");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        List<String> shown = texts.of(issues);
        assertThat(shown).allSatisfy(text -> assertThat(text).startsWith("正文：").doesNotContain("would", "needs"));
        assertThat(shown).contains("正文：未知的占位符 {{debtorNmae}}", "正文：{{balance}} 会向第三方透露债务信息",
                "正文：短信最多 " + TemplateStatus.SMS_MAX + " 个字符（现为 "
                        + issues.stream()
                            .filter(i -> i.rule().equals("length"))
                            .findFirst()
                            .orElseThrow()
                            .message()
                            .replaceAll(".*\\((\\d+)\\)", "$1")
                        + " 个）");
        assertThat(shown).anyMatch(text -> text.startsWith("正文：违规用语（威胁）"));
    }

    @Test
    void anEnglishReaderSeesTheCheckersWords() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        List<TemplateDesk.Issue> issues = findings();
        List<String> shown = texts.of(issues);
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).rule().equals("scanner")) {
                // the category by its name
                assertThat(shown.get(i)).isEqualTo("body: " + issues.get(i).message().replace("THREAT", "Threat"));
            }
            else {
                assertThat(shown.get(i)).isEqualTo("body: " + issues.get(i).message());
            }
        }
    }

}
