package io.recoverydesk.strategy.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.compliance.ComplianceFacts;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.payments.PaymentLedger;
import io.recoverydesk.strategy.experiments.AccountOutcome;
import io.recoverydesk.strategy.experiments.Arm;
import io.recoverydesk.strategy.experiments.Readout;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An experiment's readout: every member's balance when it joined, what it paid since the
 * experiment started (net of reversals), its contacts and complaints since then, read a
 * page of members at a time through the payments and compliance batch interfaces, then
 * compared arm against arm ({@link Readout}).
 */
@Component
class ExperimentReadouts {

    static final int PAGE = 2000;

    private final JdbcClient jdbc;

    private final PaymentLedger payments;

    private final ComplianceFacts compliance;

    private final Clock clock;

    ExperimentReadouts(JdbcClient jdbc, PaymentLedger payments, ComplianceFacts compliance, Clock clock) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.compliance = compliance;
        this.clock = clock;
    }

    private record Member(UUID accountId, Arm arm, BigDecimal balanceAtStart) {
    }

    Readout of(TenantId tenant, Experiments.Experiment experiment) {
        Instant from = experiment.startedAt();
        Instant to = experiment.stoppedAt() != null ? experiment.stoppedAt() : clock.instant();
        List<AccountOutcome> outcomes = new ArrayList<>();
        UUID after = null;
        while (true) {
            List<Member> page = jdbc
                .sql("select account_id, arm, balance_at_start from strategy_experiment_member"
                        + " where tenant_id = ? and experiment_id = ?" + (after == null ? "" : " and account_id > ?")
                        + " order by account_id fetch first " + PAGE + " rows only")
                .params(after == null ? List.of(tenant.value(), experiment.id())
                        : List.of(tenant.value(), experiment.id(), after))
                .query((rs, n) -> new Member(rs.getObject(1, UUID.class), Arm.valueOf(rs.getString(2)),
                        rs.getBigDecimal(3)))
                .list();
            if (page.isEmpty()) {
                break;
            }
            UUID first = page.get(0).accountId();
            UUID last = page.get(page.size() - 1).accountId();
            Map<UUID, PaymentLedger.PaymentStats> paid = payments.paymentStats(tenant, first, last, from, to);
            Map<UUID, ComplianceFacts.ContactStats> contacts = compliance.contactStats(tenant, first, last, from, to);
            Map<UUID, Integer> complaints = compliance.complaintCounts(tenant, first, last, from, to);
            for (Member member : page) {
                PaymentLedger.PaymentStats p = paid.get(member.accountId());
                ComplianceFacts.ContactStats c = contacts.get(member.accountId());
                outcomes.add(new AccountOutcome(member.arm(), member.balanceAtStart(),
                        p == null ? BigDecimal.ZERO : p.amount(), c == null ? 0 : c.attempts(),
                        complaints.getOrDefault(member.accountId(), 0)));
            }
            after = last;
        }
        return Readout.of(outcomes);
    }

}
