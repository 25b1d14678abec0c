package io.recoverydesk.portfolio.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.recoverydesk.portfolio.internal.RowValidatorTest.row;
import static org.assertj.core.api.Assertions.assertThat;

class RowCheckerTest {

    @Test
    void aBatchIsCheckedOnTwoThreadsAndAnsweredInFileOrder() {
        RowValidator validator = RowValidatorTest.validator();
        List<RowSource.Row> rows = new ArrayList<>();
        for (int n = 1; n <= 101; n++) {
            // every seventh row repeats the ref of the row before it; every eleventh is
            // missing its principal
            String ref = n % 7 == 0 ? "R-" + (n - 1) : "R-" + n;
            rows.add(row(n, ref, "债务人" + n, "", "1380013" + String.format("%04d", n), "", "", "",
                    n % 11 == 0 ? "" : "10.00", "", "2026-01-01", "", "", ""));
        }
        List<RowValidator.Checked> checked;
        try (RowChecker checker = new RowChecker(validator)) {
            checked = checker.check(rows);
        }
        assertThat(checked).extracting(RowValidator.Checked::rowNo)
            .containsExactlyElementsOf(rows.stream().map(RowSource.Row::number).toList());

        List<Integer> rejected = new ArrayList<>();
        for (RowValidator.Checked one : checked) {
            RowValidator.Result result = validator.claim(one);
            if (result.row() == null) {
                rejected.add(one.rowNo());
            }
        }
        // a repeat of a valid row is refused (a repeat of a rejected one imports);
        // 11, 22, ... lack their principal
        List<Integer> expected = new ArrayList<>();
        for (int n = 1; n <= 101; n++) {
            boolean repeatOfValid = n % 7 == 0 && (n - 1) % 11 != 0;
            if (repeatOfValid || n % 11 == 0) {
                expected.add(n);
            }
        }
        assertThat(rejected).containsExactlyElementsOf(expected);
    }

}
