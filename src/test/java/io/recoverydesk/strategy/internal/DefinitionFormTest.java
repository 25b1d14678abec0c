package io.recoverydesk.strategy.internal;

import java.util.Map;

import io.recoverydesk.strategy.internal.DefinitionForm.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's form names each field it cannot read — where the reader sees it, what is
 * wrong, the value — and reads amounts with thousands separators.
 */
class DefinitionFormTest {

    static DefinitionForm.Row row(String code, String dpdMin, String balanceMax) {
        DefinitionForm.Row row = new DefinitionForm.Row();
        row.setCode(code);
        row.setDpdMin(dpdMin);
        row.setBalanceMax(balanceMax);
        row.setPath("P");
        return row;
    }

    @Test
    void eachUnreadableFieldIsNamedByItsRowAsShownAndWhatIsWrong() {
        DefinitionForm form = new DefinitionForm();
        DefinitionForm.Row bad = row("", "abc", "-1");
        bad.setContactMax("2.5");
        bad.setHolds("none, nope");
        form.getRows().add(row("OK", "0", "1,000"));
        form.getRows().add(bad);

        form.toDefinition();

        Map<String, Problem> problems = form.problems();
        assertThat(problems.keySet()).containsExactly("rows[1].code", "rows[1].dpdMin", "rows[1].balanceMax",
                "rows[1].contactMax", "rows[1].holds");
        assertThat(problems.get("rows[1].code"))
            .isEqualTo(new Problem(2, null, 0, "strategy.editor.code", "required", "", null));
        assertThat(problems.get("rows[1].dpdMin"))
            .isEqualTo(new Problem(2, null, 0, "strategy.cond.dpd", "whole", "abc", null));
        assertThat(problems.get("rows[1].balanceMax").kind()).isEqualTo("negative");
        assertThat(problems.get("rows[1].contactMax").kind()).isEqualTo("whole");
        assertThat(problems.get("rows[1].holds")).isEqualTo(new Problem(2, null, 0, "strategy.cond.holds", "among",
                "NOPE", "NONE, DISPUTE, CEASE, BANKRUPTCY, DECEASED, LEGAL, COMPLAINT, LAWYER"));
    }

    @Test
    void aReadableFormHasNoProblemsAndReadsThousandsSeparators() {
        DefinitionForm form = new DefinitionForm();
        form.getRows().add(row("OK", "0", "1,000"));
        StrategyDefinition definition = form.toDefinition();
        assertThat(form.problems()).isEmpty();
        assertThat(definition.segments().get(0).balance().maxExclusive()).isEqualByComparingTo("1000");
    }

    @Test
    void aPathIsRemovedWithItsDeleteBoxNeverByClearingItsCode() {
        DefinitionForm form = new DefinitionForm();
        DefinitionForm.PathForm cleared = new DefinitionForm.PathForm();
        cleared.setName("先发消息");
        form.getPaths().add(cleared);
        form.getPaths().add(new DefinitionForm.PathForm());
        form.toDefinition();
        assertThat(form.problems()).containsOnlyKeys("paths[0].code");
        assertThat(form.problems().get("paths[0].code"))
            .isEqualTo(new Problem(0, "先发消息", 0, "strategy.editor.code", "required", "", null));
        cleared.setDelete(true);
        assertThat(form.toDefinition().paths()).isEmpty();
        assertThat(form.problems()).isEmpty();
    }

    @Test
    void aFormSentBackOffersOneBlankRowPathAndStepNoMore() {
        DefinitionForm form = new DefinitionForm();
        form.getRows().add(row("OK", "abc", null));
        DefinitionForm.PathForm path = new DefinitionForm.PathForm();
        path.setCode("P");
        DefinitionForm.StepForm step = new DefinitionForm.StepForm();
        step.setChannel("CALL");
        step.setDay("0");
        path.getSteps().add(step);
        form.getPaths().add(path);
        // refused again and again: the blanks it was shown with come back, no more
        form.addBlanks();
        form.addBlanks();
        form.addBlanks();
        assertThat(form.getRows()).hasSize(2);
        assertThat(form.getPaths()).hasSize(2);
        assertThat(form.getPaths().get(0).getSteps()).hasSize(2);
        assertThat(form.getPaths().get(1).getSteps()).hasSize(1);
    }

}
