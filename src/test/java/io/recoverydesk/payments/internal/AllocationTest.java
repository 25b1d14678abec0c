package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.payments.internal.AllocationOrder.Part;
import io.recoverydesk.portfolio.AccountBalances.Parts;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Allocation: parts never go negative, the applied amounts and the credit add up to the
 * payment, and a later part gets money only when every earlier part is paid off.
 */
class AllocationTest {

    @Property(tries = 2000)
    void neverNegativeAddsUpAndRespectsTheOrder(@ForAll("balances") Parts balance, @ForAll("amounts") BigDecimal amount,
            @ForAll("orders") AllocationOrder order) {
        Allocation a = Allocation.of(balance, amount, order);
        Parts after = a.paidFrom(balance);
        assertThat(a.applied().add(a.credit())).isEqualByComparingTo(amount);
        assertThat(List.of(a.penalty(), a.fees(), a.interest(), a.principal(), a.credit()))
            .allSatisfy(v -> assertThat(v.signum()).isGreaterThanOrEqualTo(0));
        assertThat(after.total()).isEqualByComparingTo(balance.total().subtract(a.applied()));
        assertThat(a.credit().signum() > 0).isEqualTo(amount.compareTo(balance.total()) > 0);
        boolean earlierOpen = false;
        for (Part part : order.parts()) {
            if (earlierOpen) {
                assertThat(applied(a, part)).as(part + " paid before an earlier part was cleared").isZero();
            }
            earlierOpen |= owed(after, part).signum() > 0;
        }
        assertThat(a.restoredTo(after)).isEqualTo(balance);
    }

    @Example
    void paysPenaltyFeesInterestThenPrincipalByDefault() {
        Parts balance = new Parts(dec("1000.00"), dec("100.00"), dec("50.00"), dec("30.00"));
        Allocation a = Allocation.of(balance, dec("150.50"), AllocationOrder.DEFAULT);
        assertThat(a).isEqualTo(new Allocation(dec("30.00"), dec("50.00"), dec("70.50"), dec("0.00"), dec("0.00")));
    }

    @Example
    void keepsTheOverpaymentAsCredit() {
        Parts balance = new Parts(dec("10.00"), dec("0.00"), dec("0.00"), dec("0.00"));
        Allocation a = Allocation.of(balance, dec("12.34"), AllocationOrder.DEFAULT);
        assertThat(a.principal()).isEqualByComparingTo("10.00");
        assertThat(a.credit()).isEqualByComparingTo("2.34");
        assertThat(a.paidFrom(balance).total()).isEqualByComparingTo("0");
    }

    @Example
    void anOrderNamesEveryPartOnce() {
        assertThatThrownBy(() -> AllocationOrder.parse(List.of("PRINCIPAL", "FEES", "INTEREST")))
            .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> AllocationOrder.parse(List.of("PRINCIPAL", "FEES", "INTEREST", "TIPS")))
            .isInstanceOf(BusinessRuleException.class);
        assertThat(AllocationOrder.parse(List.of("principal", " fees", "interest", "PENALTY")).asText())
            .isEqualTo("PRINCIPAL,FEES,INTEREST,PENALTY");
    }

    @Provide
    Arbitrary<Parts> balances() {
        Arbitrary<BigDecimal> part = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(BigDecimal.ZERO.setScale(2))),
                net.jqwik.api.Tuple.of(4, Arbitraries.bigDecimals().between(dec("0.01"), dec("100000")).ofScale(2)));
        return Combinators.combine(part, part, part, part).as(Parts::new);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(dec("0.01"), dec("500000")).ofScale(2);
    }

    @Provide
    Arbitrary<AllocationOrder> orders() {
        return Arbitraries.shuffle(Part.values()).map(parts -> new AllocationOrder(new ArrayList<>(parts)));
    }

    private static BigDecimal applied(Allocation a, Part part) {
        return switch (part) {
            case PENALTY -> a.penalty();
            case FEES -> a.fees();
            case INTEREST -> a.interest();
            case PRINCIPAL -> a.principal();
        };
    }

    private static BigDecimal owed(Parts p, Part part) {
        return switch (part) {
            case PENALTY -> p.penalty();
            case FEES -> p.fees();
            case INTEREST -> p.interest();
            case PRINCIPAL -> p.principal();
        };
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

}
