package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Promise and plan status from payments and time: cumulative installments, grace days in
 * the tenant's zone, reversals taking money back out.
 */
class ArrangementEvaluationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static final LocalDate DUE = LocalDate.of(2026, 12, 10);

    static final int GRACE = 2;

    /** An in-memory ledger: payments at instants; a reversed payment no longer counts. */
    static final class Ledger implements ArrangementEvaluation.Paid {

        record Payment(Instant at, BigDecimal amount, boolean reversed) {
        }

        final List<Payment> payments = new ArrayList<>();

        Ledger pay(LocalDate day, int hour, String amount) {
            payments.add(new Payment(day.atTime(hour, 0).atZone(SHANGHAI).toInstant(), new BigDecimal(amount), false));
            return this;
        }

        Ledger reverseLast() {
            Payment last = payments.remove(payments.size() - 1);
            payments.add(new Payment(last.at(), last.amount(), true));
            return this;
        }

        @Override
        public BigDecimal before(Instant until) {
            return payments.stream()
                .filter(p -> !p.reversed() && p.at().isBefore(until))
                .map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(SHANGHAI).toInstant();
    }

    static List<Installment> single(String amount) {
        return List.of(new Installment(1, new BigDecimal(amount), DUE));
    }

    static String promise(List<Installment> installments, Ledger ledger, Instant now) {
        return ArrangementEvaluation.promise(installments, ledger, now, SHANGHAI, GRACE).status();
    }

    @Test
    void aPromisePaidInFullByTheDueDateIsKeptAtOnce() {
        Ledger ledger = new Ledger().pay(DUE.minusDays(1), 10, "1000.00");
        assertThat(promise(single("1000.00"), ledger, at(DUE.minusDays(1), 11))).isEqualTo("KEPT");
    }

    @Test
    void aPaymentWithinTheGraceDaysKeepsItAndOneAfterThemDoesNot() {
        assertThat(promise(single("1000.00"), new Ledger().pay(DUE.plusDays(GRACE), 23, "1000.00"),
                at(DUE.plusDays(5), 9)))
            .isEqualTo("KEPT");
        assertThat(promise(single("1000.00"), new Ledger().pay(DUE.plusDays(GRACE + 1), 0, "1000.00"),
                at(DUE.plusDays(5), 9)))
            .isEqualTo("BROKEN");
    }

    @Test
    void staysPendingUntilTheGraceEndsInTheTenantsZone() {
        Ledger none = new Ledger();
        // grace ends at midnight Shanghai time after DUE + 2, i.e. 16:00 UTC the day
        // before
        Instant end = DUE.plusDays(GRACE + 1).atStartOfDay(SHANGHAI).toInstant();
        assertThat(promise(single("100.00"), none, end.minus(Duration.ofSeconds(1)))).isEqualTo("PENDING");
        assertThat(promise(single("100.00"), none, end)).isEqualTo("BROKEN");
        assertThat(promise(single("100.00"), new Ledger().pay(DUE, 9, "40.00"), end)).isEqualTo("PARTIALLY_KEPT");
    }

    @Test
    void aReversalTurnsAKeptPromiseBackToPendingOrBroken() {
        Ledger ledger = new Ledger().pay(DUE, 9, "100.00");
        assertThat(promise(single("100.00"), ledger, at(DUE, 10))).isEqualTo("KEPT");
        ledger.reverseLast();
        assertThat(promise(single("100.00"), ledger, at(DUE, 11))).isEqualTo("PENDING");
        assertThat(promise(single("100.00"), ledger, at(DUE.plusDays(7), 11))).isEqualTo("BROKEN");
    }

    @Test
    void installmentsAreMeasuredCumulatively() {
        List<Installment> two = List.of(new Installment(1, new BigDecimal("300.00"), DUE),
                new Installment(2, new BigDecimal("700.00"), DUE.plusDays(14)));
        // 1000 at once covers both
        assertThat(promise(two, new Ledger().pay(DUE, 9, "1000.00"), at(DUE, 10))).isEqualTo("KEPT");
        // 200 before the first deadline misses the first installment
        Ledger short1 = new Ledger().pay(DUE, 9, "200.00");
        ArrangementEvaluation.Outcome o = ArrangementEvaluation.promise(two, short1, at(DUE.plusDays(4), 9), SHANGHAI,
                GRACE);
        assertThat(o.status()).isEqualTo("PARTIALLY_KEPT");
        assertThat(o.installments()).containsExactly("MISSED", "PENDING");
        // 300 then 700: met one by one
        Ledger steady = new Ledger().pay(DUE, 9, "300.00");
        o = ArrangementEvaluation.promise(two, steady, at(DUE.plusDays(4), 9), SHANGHAI, GRACE);
        assertThat(o.status()).isEqualTo("PENDING");
        assertThat(o.installments()).containsExactly("MET", "PENDING");
        steady.pay(DUE.plusDays(13), 9, "700.00");
        assertThat(promise(two, steady, at(DUE.plusDays(13), 10))).isEqualTo("KEPT");
    }

    @Test
    void aPlanDefaultsAfterTheConfiguredMissesAndCompletesWhenPaidInFull() {
        List<Installment> plan = InstallmentSchedule.split(new BigDecimal("300.00"), 3,
                InstallmentSchedule.Frequency.MONTHLY, DUE, 2);
        Ledger ledger = new Ledger().pay(DUE, 9, "100.00");
        ArrangementEvaluation.Outcome o = ArrangementEvaluation.plan(plan, ledger, at(DUE.plusMonths(1).plusDays(3), 9),
                SHANGHAI, GRACE, 2);
        assertThat(o.status()).isEqualTo("ACTIVE");
        assertThat(o.installments()).containsExactly("PAID", "MISSED", "PENDING");
        o = ArrangementEvaluation.plan(plan, ledger, at(DUE.plusMonths(2).plusDays(3), 9), SHANGHAI, GRACE, 2);
        assertThat(o.status()).isEqualTo("DEFAULTED");
        assertThat(o.installments()).containsExactly("PAID", "MISSED", "MISSED");
        ledger.pay(DUE.plusMonths(2).plusDays(4), 9, "200.00");
        o = ArrangementEvaluation.plan(plan, ledger, at(DUE.plusMonths(2).plusDays(4), 10), SHANGHAI, GRACE, 2);
        assertThat(o.status()).isEqualTo("COMPLETED");
        assertThat(o.paid()).isEqualByComparingTo("300.00");
    }

    /** A payment some hours after the promise was made, of an amount in cents. */
    record Pay(int hours, int cents) {
    }

    @Property
    void statusFollowsThePaymentsCumulatively(@ForAll("payments") List<Pay> pays, @ForAll("hours") int nowHours) {
        List<Installment> installments = List.of(new Installment(1, new BigDecimal("50.00"), DUE),
                new Installment(2, new BigDecimal("50.00"), DUE.plusDays(7)));
        Instant start = at(DUE.minusDays(3), 9);
        Ledger ledger = new Ledger();
        for (Pay p : pays) {
            ledger.payments.add(new Ledger.Payment(start.plus(Duration.ofHours(p.hours())),
                    BigDecimal.valueOf(p.cents(), 2), false));
        }
        Instant now = start.plus(Duration.ofHours(nowHours));
        ArrangementEvaluation.Outcome o = ArrangementEvaluation.promise(installments, ledger, now, SHANGHAI, GRACE);
        Instant d1 = ArrangementEvaluation.deadline(DUE, GRACE, SHANGHAI);
        Instant d2 = ArrangementEvaluation.deadline(DUE.plusDays(7), GRACE, SHANGHAI);
        boolean firstMet = ledger.before(d1).compareTo(new BigDecimal("50.00")) >= 0;
        boolean secondMet = ledger.before(d2).compareTo(new BigDecimal("100.00")) >= 0;
        String expected;
        if (firstMet && secondMet) {
            expected = "KEPT";
        }
        else if ((!firstMet && !now.isBefore(d1)) || (!secondMet && !now.isBefore(d2))) {
            expected = ledger.before(d2).signum() > 0 ? "PARTIALLY_KEPT" : "BROKEN";
        }
        else {
            expected = "PENDING";
        }
        assertThat(o.status()).isEqualTo(expected);
        // evaluating again gives the same answer, whatever the order of the payments
        java.util.Collections.reverse(ledger.payments);
        assertThat(ArrangementEvaluation.promise(installments, ledger, now, SHANGHAI, GRACE)).isEqualTo(o);
        // more money never turns a kept promise into something else
        if (o.status().equals("KEPT")) {
            ledger.payments.add(new Ledger.Payment(start, BigDecimal.ONE, false));
            assertThat(ArrangementEvaluation.promise(installments, ledger, now, SHANGHAI, GRACE).status())
                .isEqualTo("KEPT");
        }
        if (!now.isBefore(d2)) {
            assertThat(o.status()).isNotEqualTo("PENDING");
        }
    }

    @Provide
    Arbitrary<List<Pay>> payments() {
        return Combinators.combine(Arbitraries.integers().between(0, 24 * 20), Arbitraries.integers().between(1, 8000))
            .as(Pay::new)
            .list()
            .ofMaxSize(5);
    }

    @Provide
    Arbitrary<Integer> hours() {
        return Arbitraries.integers().between(0, 24 * 20);
    }

}
