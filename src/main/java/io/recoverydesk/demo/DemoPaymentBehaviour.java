package io.recoverydesk.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.recoverydesk.casework.CaseworkFacts;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.payments.PaymentAdministration;
import io.recoverydesk.portfolio.OpenAccounts;
import io.recoverydesk.portfolio.OpenAccounts.OpenAccount;

import org.springframework.stereotype.Component;

/**
 * Four months of payments made by a documented process, so that a propensity model has
 * something real to learn (docs/demo-data.md). Each debtor has a hidden willingness
 * {@code w ~ N(0, 1)}. In each of the four 30-day windows before today an account pays
 * with probability {@code sigmoid(z)}, where
 *
 * <pre>
 * z = -2.2 + 0.9·w - 0.005·dpd - 0.30·log10(balance / 5,000)
 *     + 0.35 if an auto loan, - 0.30 if a small-business loan
 *     + 1.0 if it paid in the window before
 * </pre>
 *
 * (dpd as at the window's start). A payment is 10–50 % of the balance, on a random day of
 * the window. The model sees days past due, balance, product and the payment history,
 * never {@code w}; accounts the casework demo uses (assigned or with an arrangement) are
 * left to their own scenarios.
 */
@Component
class DemoPaymentBehaviour {

    static final int WINDOWS = 4;

    static final Duration WINDOW = Duration.ofDays(30);

    private final OpenAccounts accounts;

    private final CaseworkFacts casework;

    private final PaymentAdministration payments;

    private final Clock clock;

    DemoPaymentBehaviour(OpenAccounts accounts, CaseworkFacts casework, PaymentAdministration payments, Clock clock) {
        this.accounts = accounts;
        this.casework = casework;
        this.payments = payments;
        this.clock = clock;
    }

    /** Posts the payments; answers how many. */
    int seed(TenantId tenant, ZoneId zone) {
        Random random = new Random(20261201L);
        Instant now = clock.instant().minus(Duration.ofMinutes(5));
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<PaymentAdministration.NewPayment> batch = new ArrayList<>();
        int posted = 0;
        int reference = 0;
        UUID after = null;
        while (true) {
            List<OpenAccount> page = accounts.page(tenant, after, 1000, today);
            if (page.isEmpty()) {
                break;
            }
            Map<UUID, CaseworkFacts.CaseState> busy = casework.between(tenant, page.get(0).id(),
                    page.get(page.size() - 1).id(), now);
            for (OpenAccount account : page) {
                double willingness = random.nextGaussian();
                boolean paidBefore = false;
                for (int window = WINDOWS; window >= 1; window--) {
                    Instant start = now.minus(WINDOW.multipliedBy(window));
                    long dpdThen = Math.max(0, account.dpd() - 30L * window);
                    double z = -2.2 + 0.9 * willingness - 0.005 * dpdThen
                            - 0.30 * Math.log10(Math.max(account.balance().doubleValue(), 1) / 5000)
                            + ("AUTO_LOAN".equals(account.product()) ? 0.35 : 0)
                            - ("SMALL_BUSINESS_LOAN".equals(account.product()) ? 0.30 : 0) + (paidBefore ? 1.0 : 0);
                    boolean pays = random.nextDouble() < 1 / (1 + Math.exp(-z));
                    double share = 0.1 + 0.4 * random.nextDouble();
                    Instant paidAt = start.plusSeconds((long) (random.nextDouble() * (WINDOW.toSeconds() - 60)));
                    paidBefore = pays;
                    if (!pays || busy.containsKey(account.id())) {
                        continue;
                    }
                    BigDecimal amount = account.balance()
                        .multiply(BigDecimal.valueOf(share))
                        .setScale(2, RoundingMode.DOWN);
                    if (amount.signum() > 0) {
                        batch.add(new PaymentAdministration.NewPayment(account.id(), amount, paidAt, "BANK_TRANSFER",
                                "DEMO-BEHAVIOUR-" + (++reference)));
                    }
                }
            }
            if (batch.size() >= 500) {
                posted += payments.postAll(tenant, "demo-seed", batch).size();
                batch.clear();
            }
            after = page.get(page.size() - 1).id();
        }
        if (!batch.isEmpty()) {
            posted += payments.postAll(tenant, "demo-seed", batch).size();
        }
        return posted;
    }

}
