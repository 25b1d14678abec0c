package io.recoverydesk.compliance.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.recoverydesk.compliance.policy.ReasonText.Parsed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reason sentence reads back into its key and values, so a stored English sentence
 * can be shown in the reader's language; and each key's translations take as many values
 * as the sentence gives at most.
 */
class ReasonTextTest {

    private static Object[] sample(ReasonText text) {
        Matcher m = Pattern.compile("%([ds])").matcher(text.english());
        List<Object> args = new ArrayList<>();
        int i = 0;
        while (m.find()) {
            i++;
            args.add("d".equals(m.group(1)) ? (Object) (i * 7) : "value-" + i);
        }
        return args.toArray();
    }

    @Test
    void everySentenceReadsBackIntoItsKeyAndValues() {
        Properties zh = io.recoverydesk.Bundles.properties("messages");
        for (ReasonText text : ReasonText.values()) {
            Object[] args = sample(text);
            Reason reason = text.reason("X.RULE", args);
            assertThat(reason.messageKey()).isEqualTo(text.key());
            Parsed parsed = ReasonText.parse(reason.message()).orElseThrow();
            assertThat(parsed.key()).as(text.name()).isEqualTo(text.key());
            assertThat(parsed.args()).as(text.name())
                .containsExactlyElementsOf(java.util.Arrays.stream(args).map(String::valueOf).toList());
            String translation = zh.getProperty(text.key());
            assertThat(translation).as(text.key()).isNotBlank();
            Matcher used = Pattern.compile("\\{(\\d+)\\}").matcher(translation);
            while (used.find()) {
                assertThat(Integer.parseInt(used.group(1))).as(text.key() + " has a value for each placeholder")
                    .isLessThan(args.length);
            }
        }
    }

    @Test
    void aSentenceNoRuleWroteIsNotRead() {
        assertThat(ReasonText.parse("the debtor asked us to call back")).isEmpty();
        assertThat(ReasonText.parse(null)).isEmpty();
    }

}
