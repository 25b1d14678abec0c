package io.recoverydesk.compliance.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.recoverydesk.compliance.internal.ComplaintModel.Category;
import io.recoverydesk.compliance.internal.ComplaintModel.Complaint;
import io.recoverydesk.compliance.internal.ComplaintModel.Intake;
import io.recoverydesk.compliance.internal.ComplaintModel.SlaState;
import io.recoverydesk.compliance.internal.ComplaintModel.State;
import io.recoverydesk.kernel.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lifecycle: each transition from exactly one state; resolved is final. */
class ComplaintStateTest {

    @Test
    void theHappyPath() {
        assertThat(State.RECEIVED.acknowledge()).isEqualTo(State.ACKNOWLEDGED);
        assertThat(State.ACKNOWLEDGED.investigate()).isEqualTo(State.INVESTIGATING);
        assertThat(State.INVESTIGATING.resolve()).isEqualTo(State.RESOLVED);
    }

    @Test
    void everyOtherTransitionIsAConflict() {
        for (State s : State.values()) {
            if (s != State.RECEIVED) {
                assertThatThrownBy(s::acknowledge).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("must be RECEIVED");
            }
            if (s != State.ACKNOWLEDGED) {
                assertThatThrownBy(s::investigate).isInstanceOf(ConflictException.class);
            }
            if (s != State.INVESTIGATING) {
                assertThatThrownBy(s::resolve).isInstanceOf(ConflictException.class);
            }
        }
        assertThatThrownBy(State.RESOLVED::requireOpen).isInstanceOf(ConflictException.class);
        State.INVESTIGATING.requireOpen();
    }

    static final Instant RECEIVED = Instant.parse("2026-06-01T02:00:00Z");

    static final Instant ACK_DUE = Instant.parse("2026-06-02T16:00:00Z");

    static final Instant RESOLVE_DUE = Instant.parse("2026-06-22T16:00:00Z");

    static Complaint in(State state) {
        return new Complaint(UUID.randomUUID(), UUID.randomUUID(), null, Intake.PHONE, Category.HARASSMENT, null, null,
                "calls at night", state, RECEIVED, ACK_DUE, RESOLVE_DUE, null, null, null, null, null, null, null, null,
                null, null, null, null, null, "x", RECEIVED);
    }

    @Test
    void slaStates() {
        Instant beforeAck = ACK_DUE.minusSeconds(1);
        Instant afterAck = ACK_DUE.plusSeconds(3600 * 26);
        assertThat(in(State.RECEIVED).slaState(beforeAck)).isEqualTo(SlaState.TO_ACKNOWLEDGE);
        assertThat(in(State.RECEIVED).slaState(ACK_DUE)).isEqualTo(SlaState.TO_ACKNOWLEDGE);
        assertThat(in(State.RECEIVED).slaState(afterAck)).isEqualTo(SlaState.OVERDUE);
        assertThat(in(State.RECEIVED).overdueBy(afterAck)).isEqualTo(Duration.ofHours(26));
        assertThat(in(State.ACKNOWLEDGED).slaState(afterAck)).isEqualTo(SlaState.INVESTIGATING);
        assertThat(in(State.INVESTIGATING).slaState(RESOLVE_DUE.plusSeconds(60))).isEqualTo(SlaState.OVERDUE);
        assertThat(in(State.INVESTIGATING).overdueBy(RESOLVE_DUE.plusSeconds(60))).isEqualTo(Duration.ofMinutes(1));
        assertThat(in(State.RESOLVED).slaState(RESOLVE_DUE.plusSeconds(60))).isEqualTo(SlaState.RESOLVED);
        assertThat(in(State.RESOLVED).overdueBy(RESOLVE_DUE.plusSeconds(60))).isNull();
    }

}
