package io.recoverydesk.kernel.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused request reads in the page's language: every problem type the code raises has
 * a text in Chinese and in English, the English detail stays with it, and every message
 * bundle has the same keys in both languages.
 */
class PageProblemTest {

    /** The first argument of the exceptions and helpers that name a problem type. */
    private static final Pattern THROWN = Pattern.compile(
            "(?:BusinessRuleException|ConflictException|BadRequestException|PaymentRules\\.invalid|\\binvalid)\\(\\s*\"([a-z][a-zA-Z0-9-]*[a-zA-Z0-9])\"");

    private static final Pattern PAGE_TYPES = Pattern
        .compile("PageProblem\\.of\\(\\s*\"([a-z][a-zA-Z0-9-]*[a-zA-Z0-9])\"");

    static Properties load(String name) {
        return io.recoverydesk.Bundles.properties(name);
    }

    private static Set<String> typesInSource(Pattern pattern) throws IOException {
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    types.add(m.group(1));
                }
            }
        }
        return types;
    }

    @Test
    void everyProblemTypeTheCodeRaisesHasATextInBothLanguages() throws IOException {
        Properties zh = load("messages-problems");
        Properties en = load("messages-problems_en");
        Set<String> types = typesInSource(THROWN);
        types.addAll(typesInSource(PAGE_TYPES));
        types.addAll(List.of("not-found", "forbidden"));
        assertThat(types).hasSizeGreaterThan(100);
        for (String type : types) {
            assertThat(zh.getProperty("problem." + type)).as("zh problem." + type)
                .isNotBlank()
                .containsPattern("\\p{IsHan}");
            assertThat(en.getProperty("problem." + type)).as("en problem." + type)
                .isNotBlank()
                .doesNotContainPattern("\\p{IsHan}");
        }
    }

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        String basenames = Files.readString(Path.of("src/main/resources/application.yml"))
            .lines()
            .filter(line -> line.strip().startsWith("basename:"))
            .findFirst()
            .orElseThrow()
            .replaceFirst(".*basename:", "")
            .strip();
        for (String basename : basenames.split(",")) {
            Properties zh = load(basename.strip());
            Properties en = load(basename.strip() + "_en");
            assertThat(en.stringPropertyNames()).as(basename).isEqualTo(zh.stringPropertyNames());
        }
    }

    @Test
    void aProblemKeepsItsTypesKeyAndTheEnglishDetail() {
        PageProblem rule = PageProblem.of(new BusinessRuleException("amount-too-high", "Too much.",
                List.of(new FieldProblem("amount", "at most the balance"))));
        assertThat(rule.key()).isEqualTo("problem.amount-too-high");
        assertThat(rule.detail()).isEqualTo("Too much. amount: at most the balance");
        assertThat(rule).hasToString(rule.detail());
        assertThat(PageProblem.of(new ConflictException("open-promise", "One open promise")).key())
            .isEqualTo("problem.open-promise");
        assertThat(PageProblem.of(new BadRequestException("bad-filter", "x")).key()).isEqualTo("problem.bad-filter");
        assertThat(PageProblem.of(new NotFoundException("gone")).key()).isEqualTo("problem.not-found");
        assertThat(PageProblem.of(new AccessDeniedException("no")).key()).isEqualTo("problem.forbidden");
    }

    @Test
    void aProblemNoBundleKnowsShowsItsDetail() {
        ResourceBundleMessageSource messages = io.recoverydesk.Bundles.messages("messages-problems");
        PageProblem unknown = PageProblem.of(new IllegalStateException("boom"));
        assertThat(messages.getMessage(unknown.key(), null, null, Locale.SIMPLIFIED_CHINESE)).isNull();
        assertThat(PageProblem.shown("已是中文").key()).isEqualTo(unknown.key());
        assertThat(messages.getMessage(PageProblem.of(new NotFoundException("gone")).key(), null, null,
                Locale.SIMPLIFIED_CHINESE))
            .containsPattern("\\p{IsHan}");
    }

}
