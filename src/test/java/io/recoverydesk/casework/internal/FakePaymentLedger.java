package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.payments.PaymentLedger;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A test-only payment ledger for the ITs of promises, plans and settlements while the
 * payments module's own is not on the branch: registered only when no other
 * {@link PaymentLedger} bean exists (once payments are merged the tests that need this
 * fake skip themselves, see {@link #present}).
 */
public class FakePaymentLedger implements PaymentLedger {

    record Payment(TenantId tenant, UUID accountId, Instant paidAt, BigDecimal amount, boolean reversed) {
    }

    record WriteOff(TenantId tenant, UUID accountId, UUID settlementId) {
    }

    final List<Payment> payments = new CopyOnWriteArrayList<>();

    final List<WriteOff> writeOffs = new CopyOnWriteArrayList<>();

    void pay(TenantId tenant, UUID accountId, Instant paidAt, String amount) {
        payments.add(new Payment(tenant, accountId, paidAt, new BigDecimal(amount), false));
    }

    void reverse(TenantId tenant, UUID accountId, Instant paidAt) {
        for (Payment p : new ArrayList<>(payments)) {
            if (p.tenant().equals(tenant) && p.accountId().equals(accountId) && p.paidAt().equals(paidAt)) {
                payments.remove(p);
                payments.add(new Payment(tenant, accountId, paidAt, p.amount(), true));
            }
        }
    }

    static boolean present(PaymentLedger ledger) {
        return ledger instanceof FakePaymentLedger;
    }

    @Override
    public BigDecimal paidBetween(TenantId tenant, UUID accountId, Instant from, Instant to) {
        return payments.stream()
            .filter(p -> p.tenant().equals(tenant) && p.accountId().equals(accountId) && !p.reversed()
                    && !p.paidAt().isBefore(from) && p.paidAt().isBefore(to))
            .map(Payment::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public List<Line> history(TenantId tenant, UUID accountId) {
        return List.of();
    }

    @Override
    public void writeOffSettled(TenantId tenant, String actor, UUID accountId, UUID settlementId, String reason) {
        if (writeOffs.stream().noneMatch(w -> w.settlementId().equals(settlementId))) {
            writeOffs.add(new WriteOff(tenant, accountId, settlementId));
        }
    }

    /** Registers the fake when, after every configuration is read, no ledger exists. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static BeanDefinitionRegistryPostProcessor fakePaymentLedgerWhenMissing() {
            return new BeanDefinitionRegistryPostProcessor() {

                @Override
                public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
                    if (registry instanceof ListableBeanFactory beans
                            && beans.getBeanNamesForType(PaymentLedger.class, true, false).length == 0) {
                        registry.registerBeanDefinition("fakePaymentLedger",
                                new RootBeanDefinition(FakePaymentLedger.class));
                    }
                }

                @Override
                public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
                }

            };
        }

    }

}
