package io.recoverydesk.compliance.policy;

import java.util.Properties;

import io.recoverydesk.Bundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of every pack has a name in both languages, for the dashboard and the desk
 * (the id stays what officers and the API use).
 */
class RuleNamesTest {

    @Test
    void everyRuleOfEveryPackHasANameInBothLanguages() {
        Properties zh = Bundles.properties("messages");
        Properties en = Bundles.properties("messages_en");
        assertThat(RuleSets.all()).hasSizeGreaterThan(20);
        for (ContactRule rule : RuleSets.all()) {
            assertThat(zh.getProperty("rule.name." + rule.id())).as(rule.id()).containsPattern("\\p{IsHan}|\\d");
            assertThat(en.getProperty("rule.name." + rule.id())).as(rule.id()).isNotBlank();
        }
    }

}
