package io.recoverydesk.compliance.policy;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of every pack has a name in both languages, for the dashboard and the desk
 * (the id stays what officers and the API use).
 */
class RuleNamesTest {

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(RuleNamesTest.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyRuleOfEveryPackHasANameInBothLanguages() throws Exception {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(RuleSets.all()).hasSizeGreaterThan(20);
        for (ContactRule rule : RuleSets.all()) {
            assertThat(zh.getProperty("rule.name." + rule.id())).as(rule.id()).containsPattern("\\p{IsHan}|\\d");
            assertThat(en.getProperty("rule.name." + rule.id())).as(rule.id()).isNotBlank();
        }
    }

}
