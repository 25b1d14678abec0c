package io.recoverydesk.strategy.internal;

import java.math.BigDecimal;
import java.util.Set;

import io.recoverydesk.allocation.WorkDemands.Demand;
import io.recoverydesk.strategy.internal.StrategyDefinition.TreatmentPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkDemandsTest {

    private static TreatmentPath path(String code) {
        return DefaultStrategy.definition().path(code).orElseThrow();
    }

    private static Demand demand(String code, int step, String stage, String pausedBy) {
        return StrategyWorkDemands.demand(path(code), code, step, stage, pausedBy, new BigDecimal("42.50"),
                "balance 20.00; propensity 10.00");
    }

    @Test
    void digitalFirstNeedsAPersonOnlyWhenItsCallComesNext() {
        assertThat(demand("DIGITAL_FIRST", -1, "INTAKE", null).person()).isFalse();
        assertThat(demand("DIGITAL_FIRST", 0, "INITIAL_COLLECTION", null).person()).isFalse();
        assertThat(demand("DIGITAL_FIRST", 1, "INITIAL_COLLECTION", null).person()).isFalse();
        // the call is step 4: assigned once the third message went out
        assertThat(demand("DIGITAL_FIRST", 2, "FOCUSED_FOLLOW_UP", null).person()).isTrue();
        assertThat(demand("DIGITAL_FIRST", 0, "INITIAL_COLLECTION", null).why()).contains("automated messages only");
    }

    @Test
    void aPausedAccountKeepsItsPersonAndArrangementsAreFollowedUpButParkedAccountsAreNot() {
        assertThat(demand("DIGITAL_FIRST", 0, "INITIAL_COLLECTION", "PROMISE").person()).isTrue();
        assertThat(demand("MONITOR", -1, "FOCUSED_FOLLOW_UP", null).person()).isTrue();
        assertThat(demand("PARKED", -1, "SUMMARY", null).person()).isFalse();
        assertThat(demand("CALL_FIRST", 0, "INITIAL_COLLECTION", "CLOSED").person()).isFalse();
    }

    @Test
    void legalWorkNeedsTheLegalSkillAndTheSpecialistPathItsTeam() {
        Demand beforeReview = demand("FINAL_NOTICE", 1, "FINAL_NOTICE", null);
        assertThat(beforeReview.skills()).containsExactly("LEGAL");
        assertThat(demand("FINAL_NOTICE", 0, "FOCUSED_FOLLOW_UP", null).skills()).isEmpty();
        assertThat(demand("RECOVERY", 2, "LEGAL", null).skills()).containsExactly("LEGAL");
        Demand specialist = demand("SPECIALIST", 0, "FOCUSED_FOLLOW_UP", null);
        assertThat(specialist.team()).isEqualTo(DefaultStrategy.SPECIALIST_TEAM);
        assertThat(specialist.person()).isTrue();
        assertThat(specialist.priority()).isEqualByComparingTo("42.50");
        assertThat(specialist.reasons()).containsExactly("balance 20.00", "propensity 10.00");
        assertThat(demand("CALL_FIRST", 0, "INITIAL_COLLECTION", null).team()).isNull();
    }

    @Test
    void anAccountOnAPathNoLongerDefinedStaysWithAPerson() {
        Demand lost = StrategyWorkDemands.demand(null, "GONE", 1, "INTAKE", null, BigDecimal.ONE, "");
        assertThat(lost.person()).isTrue();
        assertThat(lost.skills()).isEqualTo(Set.of());
        assertThat(lost.why()).contains("GONE");
    }

}
