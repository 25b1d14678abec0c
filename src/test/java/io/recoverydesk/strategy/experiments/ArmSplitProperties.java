package io.recoverydesk.strategy.experiments;

import java.math.BigDecimal;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

import static org.assertj.core.api.Assertions.assertThat;

class ArmSplitProperties {

    @Property(tries = 500)
    void raisingTheShareNeverMovesAnAccountBackToTheChampion(@ForAll long e1, @ForAll long e2, @ForAll long a1,
            @ForAll long a2, @ForAll @BigRange(min = "0", max = "1") @Scale(4) BigDecimal share,
            @ForAll @BigRange(min = "0", max = "1") @Scale(4) BigDecimal more) {
        UUID experiment = new UUID(e1, e2);
        UUID account = new UUID(a1, a2);
        BigDecimal lower = share.min(more);
        BigDecimal higher = share.max(more);
        if (ArmSplit.arm(experiment, account, lower) == Arm.CHALLENGER) {
            assertThat(ArmSplit.arm(experiment, account, higher)).isEqualTo(Arm.CHALLENGER);
        }
    }

    @Property(tries = 500)
    void placesEveryAccountInTheUnitInterval(@ForAll long e1, @ForAll long e2, @ForAll long a1, @ForAll long a2) {
        assertThat(ArmSplit.position(new UUID(e1, e2), new UUID(a1, a2))).isGreaterThanOrEqualTo(0).isLessThan(1);
    }

}
