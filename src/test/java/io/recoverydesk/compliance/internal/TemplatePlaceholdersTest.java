package io.recoverydesk.compliance.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Placeholders: which are used, which are wrong, how they are filled; the US opt-out. */
class TemplatePlaceholdersTest {

    @Test
    void findsThePlaceholdersUsedInOrder() {
        assertThat(TemplatePlaceholders.used("{{debtorName}}, {{ balance }} {{currency}} {{debtorName}}"))
            .containsExactly("debtorName", "balance", "currency");
        assertThat(TemplatePlaceholders.used("no placeholders")).isEmpty();
        assertThat(TemplatePlaceholders.used(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    Hello {{debtorName}}                  | 0 |
                    {{debtorName}}{{creditorName}}{{creditorRef}}{{balance}}{{currency}}{{dpd}}{{agentName}}{{optOutLink}}{{today}} | 0 |
                    Hello {{ agentName }}                 | 0 |
                    Hello {{secret}}                      | 1 | unknown placeholder {{secret}}
                    Hello {{DebtorName}}                  | 1 | unknown placeholder {{DebtorName}}
                    Hello {{debtorName}                   | 1 | braces
                    Hello debtorName}}                    | 1 | braces
                    Hello {{debtor name}}                 | 1 | braces
                    Hello {{secret}} and {{                | 2 | unknown placeholder {{secret}}
                    Hello {single}                        | 0 |
                    """)
    void reportsUnknownPlaceholdersAndStrayBraces(String text, int count, String first) {
        List<TemplatePlaceholders.Problem> problems = TemplatePlaceholders.problems(text);
        assertThat(problems).hasSize(count);
        if (count > 0) {
            assertThat(problems.get(0).message()).contains(first);
        }
    }

    @Test
    void rendersKnownValuesAndLeavesTheRest() {
        Map<String, String> values = Map.of("debtorName", "李雷", "balance", "1,000.00", "currency", "CNY", "agentName",
                "A$1\\");
        assertThat(TemplatePlaceholders.render("{{debtorName}}您好，尚欠{{ balance }}{{currency}}。{{agentName}}", values))
            .isEqualTo("李雷您好，尚欠1,000.00CNY。A$1\\");
        assertThat(TemplatePlaceholders.render("{{dpd}} days", values)).isEqualTo("{{dpd}} days");
        assertThat(TemplatePlaceholders.render(null, values)).isNull();
    }

    @ParameterizedTest(name = "{0} {1}: {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            US | SMS   | Call us. Reply STOP to opt out.           | true
            US | SMS   | Call us. reply stop                       | true
            US | SMS   | Call us. Text STOP to 12345               | true
            US | SMS   | Call us. Reply "STOP" to opt out          | true
            US | SMS   | Call us. {{optOutLink}}                   | true
            US | SMS   | Call us. {{ optOutLink }}                 | true
            US | SMS   | Call us.                                  | false
            US | SMS   | Please STOP by our office                 | false
            US | SMS   | Reply STOPPED                             | false
            US | SMS   | Click to unsubscribe                      | false
            US | EMAIL | Click here to unsubscribe.                | true
            US | EMAIL | You may opt out at any time.              | true
            US | EMAIL | Opt-out: write to us.                     | true
            US | EMAIL | {{optOutLink}}                            | true
            US | EMAIL | Please pay.                               | false
            US | EMAIL | Reply STOP                                | false
            US | CALL  | Hello, this is a call.                    | true
            US | LETTER| Dear customer                             | true
            CN | SMS   | 您好，请尽快还款。                            | true
            GB | EMAIL | Please pay.                               | true
            """)
    void usSmsAndEmailNeedAnOptOut(String pack, String channel, String text, boolean ok) {
        boolean passes = !TemplatePlaceholders.optOutRequired(pack, channel)
                || TemplatePlaceholders.hasOptOut(channel, text);
        assertThat(passes).isEqualTo(ok);
    }

    @Test
    void segmentsFollowTheFindingsOffsets() {
        String body = "李先生，再不还款就通知你单位。";
        List<TemplateDesk.Issue> issues = List.of(new TemplateDesk.Issue("body", "scanner", "THREAT", 9, 14, "THREAT"),
                new TemplateDesk.Issue("body", "opt-out", "x", null, null, null));
        assertThat(TemplatePages.segments(body, issues)).containsExactly(new TemplatePages.Segment("李先生，再不还款就", null),
                new TemplatePages.Segment("通知你单位", "THREAT"), new TemplatePages.Segment("。", null));
    }

}
