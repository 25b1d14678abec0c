package io.recoverydesk.portfolio.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageCodeTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = { "zh|zh", "yue|yue", "EN|en", "zh-HK|zh-hk", "ug|ug", "nan|nan",
            "' zh-hans '|zh-hans", "yue-hk|yue-hk", "en-001|en-001", "abc-abcdefgh|abc-abcdefgh" })
    void acceptsAPrimaryLanguageWithAtMostOneSubtagInLowerCase(String text, String code) {
        assertThat(LanguageCode.normalise(text)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  ", "e", "engl", "zh_HK", "zh-", "zh-h", "zh-abcdefghi", "zh-hans-cn", "粤语", "e1",
            "-en", "zh hk", "yue-hk-x" })
    void rejectsAnythingElse(String text) {
        assertThat(LanguageCode.normalise(text)).as("'%s'", text).isEmpty();
    }

}
