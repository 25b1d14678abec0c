package io.recoverydesk.casework.internal;

import io.recoverydesk.portfolio.AccountStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CaseStageTest {

    @ParameterizedTest(name = "{0}, {1} DPD, {2} contacts, spoken to {3} → {4}")
    @CsvSource({ "NEW, 20, 0, false, INTAKE", "ACTIVE, 20, 0, false, INFO", "ACTIVE, 20, 5, false, INFO",
            "ACTIVE, 20, 5, true, INITIAL", "PROMISED, 90, 1, true, INITIAL", "ACTIVE, 181, 3, true, LEGAL_NOTICE",
            "LEGAL, 40, 3, true, LEGAL_NOTICE", "NEW, 200, 0, false, LEGAL_NOTICE", "PAID, 200, 9, true, SUMMARY",
            "SETTLED, 20, 2, true, SUMMARY" })
    void stageFollowsStatusAgeAndHistory(AccountStatus status, long dpd, int contacts, boolean spokenTo,
            CaseStage expected) {
        assertThat(CaseStage.of(status, dpd, contacts, spokenTo)).isEqualTo(expected);
    }

}
