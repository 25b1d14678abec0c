package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.payments.internal.PaymentBatches.Pending;
import io.recoverydesk.payments.internal.PaymentPosting.Answer;
import io.recoverydesk.payments.internal.PaymentPosting.Posting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.recoverydesk.identity.Role.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Group commit (ADR 0027): postings of one batch are decided and written one after the
 * other in one transaction — a later one sees what an earlier one wrote, a refused one
 * leaves the others alone — and a failure while writing rolls the whole batch back so
 * that every posting is posted alone.
 */
class PaymentBatchesIT extends IntegrationTest {

    static final String HEADER = "creditor_ref,debtor_name,principal,interest,fees,penalty,first_delinquency_date\n";

    @Autowired
    PaymentBatches batches;

    @Autowired
    PaymentPosting posting;

    TestTenant tenant;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
    }

    UUID account(String ref, String principal) {
        return UUID.fromString(importAccount(tenant, "C1", ref,
                HEADER + ref + ",债务人" + ref + "," + principal + ",0,0,0,2026-01-15\n"));
    }

    Posting posting(UUID account, String amount, String reference, String key, String method) {
        return new Posting(account, new BigDecimal(amount), "CNY", Instant.parse("2026-03-01T02:00:00Z"), method,
                reference, "API", null, tenant.user(AGENT), key, key == null ? null : "hash-" + key + "-" + amount);
    }

    Pending pending(Posting p) {
        return new Pending(tenant.id(), p, new CompletableFuture<>());
    }

    BigDecimal balance(UUID account) {
        return jdbc.sql("select principal + interest + fees + penalty from account where tenant_id = ? and id = ?")
            .params(tenant.id().value(), account)
            .query(BigDecimal.class)
            .single();
    }

    long payments(UUID account) {
        return jdbc.sql("select count(*) from payment where tenant_id = ? and account_id = ?")
            .params(tenant.id().value(), account)
            .query(Long.class)
            .single();
    }

    static Object outcome(Pending p) {
        assertThat(p.result()).isDone();
        try {
            return p.result().join().orElseThrow();
        }
        catch (RuntimeException ex) {
            return ex.getCause();
        }
    }

    @Test
    void oneBatchAnswersEachPostingAsIfItWerePostedAloneAndRefusesOnlyTheWrongOnes() {
        UUID a = account("B-1", "1000.00");
        UUID b = account("B-2", "500.00");
        UUID c = account("B-3", "500.00");
        String key = UUID.randomUUID().toString();
        Pending first = pending(posting(a, "100.00", null, key, "CASH"));
        Pending second = pending(posting(a, "50.00", null, UUID.randomUUID().toString(), "CASH"));
        Pending replay = pending(posting(a, "100.00", null, key, "CASH"));
        Pending reused = pending(posting(a, "99.00", null, key, "CASH"));
        Pending unknown = pending(posting(UUID.randomUUID(), "10.00", null, UUID.randomUUID().toString(), "CASH"));
        Pending refB = pending(posting(b, "20.00", "REF-1", UUID.randomUUID().toString(), "CASH"));
        Pending refC = pending(posting(c, "30.00", "REF-1", UUID.randomUUID().toString(), "CASH"));
        Pending usd = pending(new Posting(c, new BigDecimal("5.00"), "USD", Instant.parse("2026-03-01T02:00:00Z"),
                "CASH", null, "API", null, tenant.user(AGENT), null, null));
        List<Pending> batch = List.of(first, second, replay, reused, unknown, refB, refC, usd);

        batches.run(new ArrayList<>(batch));

        Answer posted = (Answer) outcome(first);
        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.replayed()).isFalse();
        assertThat(((Answer) outcome(second)).status()).isEqualTo(201);
        Answer again = (Answer) outcome(replay);
        assertThat(again.replayed()).isTrue();
        assertThat(again.body()).isEqualTo(posted.body());
        assertThat(outcome(reused)).isInstanceOf(ConflictException.class);
        assertThat(outcome(unknown)).isInstanceOf(BusinessRuleException.class);
        assertThat(outcome(usd)).isInstanceOf(BusinessRuleException.class);
        // the reference goes to whichever of the two accounts the batch locked first
        List<Object> byReference = List.of(outcome(refB), outcome(refC));
        assertThat(byReference).filteredOn(Answer.class::isInstance).hasSize(1);
        assertThat(byReference).filteredOn(PaymentPosting.DuplicateReference.class::isInstance).hasSize(1);

        assertThat(balance(a)).isEqualByComparingTo("850.00");
        assertThat(payments(a)).isEqualTo(2);
        assertThat(payments(b) + payments(c)).isEqualTo(1);
        assertThat(balance(b).add(balance(c))).isIn(new BigDecimal("980.00"), new BigDecimal("970.00"));
        assertThat(jdbc.sql("select count(*) from payment_idempotency where tenant_id = ?")
            .params(tenant.id().value())
            .query(Long.class)
            .single()).as("the keys of the three payments written").isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'PAYMENT_POSTED'")
            .params(tenant.id().value())
            .query(Long.class)
            .single()).isEqualTo(3);
    }

    @Test
    void aFailureWhileWritingRollsTheWholeBatchBackAndEachIsThenPostedAlone() {
        UUID a = account("F-1", "1000.00");
        UUID b = account("F-2", "1000.00");
        Pending fine = pending(posting(a, "100.00", "OK-1", UUID.randomUUID().toString(), "CASH"));
        // longer than the column: passes the decision (the API's rules would have refused
        // it), fails the insert
        Pending failing = pending(posting(b, "100.00", null, UUID.randomUUID().toString(), "X".repeat(40)));

        batches.run(new ArrayList<>(List.of(fine, failing)));

        assertThat(fine.result().join()).as("posted alone by its request").isEqualTo(Optional.empty());
        assertThat(failing.result().join()).isEqualTo(Optional.empty());
        assertThat(payments(a)).isZero();
        assertThat(payments(b)).isZero();
        assertThat(balance(a)).isEqualByComparingTo("1000.00");
        assertThat(jdbc.sql("select count(*) from payment_reference where tenant_id = ?")
            .params(tenant.id().value())
            .query(Long.class)
            .single()).isZero();

        Answer alone = posting.post(tenant.id(), fine.posting());
        assertThat(alone.status()).isEqualTo(201);
        assertThat(balance(a)).isEqualByComparingTo("900.00");
    }

}
