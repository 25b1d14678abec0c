package io.recoverydesk.scoring.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.compliance.ComplianceFacts;
import io.recoverydesk.compliance.ComplianceFacts.ContactStats;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.payments.PaymentLedger;
import io.recoverydesk.payments.PaymentLedger.PaymentStats;
import io.recoverydesk.portfolio.OpenAccounts.OpenAccount;
import io.recoverydesk.scoring.model.FeatureSchema;
import io.recoverydesk.scoring.model.Row;

import org.springframework.stereotype.Component;

/**
 * An account's features at an instant, the same for training rows (as of a past snapshot)
 * and for scoring (as of now): days past due and balance then, its contacts and payments
 * in the year before (counts, conversations, promises, refusals, days since the last
 * one), product and province. Nothing after the instant is used, so a model never learns
 * from what it is asked to predict.
 */
@Component
class ScoringFeatures {

    static final FeatureSchema SCHEMA = new FeatureSchema(
            List.of("dpd", "log_balance", "contacts_365d", "conversations_365d", "promises_365d", "refusals_365d",
                    "days_since_contact", "payments_365d", "paid_share_365d", "days_since_payment"),
            List.of("product", "province"));

    static final Duration YEAR = Duration.ofDays(365);

    private final ComplianceFacts compliance;

    private final PaymentLedger payments;

    ScoringFeatures(ComplianceFacts compliance, PaymentLedger payments) {
        this.compliance = compliance;
        this.payments = payments;
    }

    /** An account with its features at the instant and its balance then. */
    record Featured(OpenAccount account, BigDecimal balanceThen, Row row) {
    }

    /**
     * Features of a page of accounts (in id order) at {@code at}; {@code balancesThen}
     * gives each account's balance at that instant (the current one when scoring now).
     */
    List<Featured> of(TenantId tenant, List<OpenAccount> page, Instant at, Map<UUID, BigDecimal> balancesThen) {
        if (page.isEmpty()) {
            return List.of();
        }
        UUID first = page.get(0).id();
        UUID last = page.get(page.size() - 1).id();
        Map<UUID, ContactStats> contacts = compliance.contactStats(tenant, first, last, at.minus(YEAR), at);
        Map<UUID, PaymentStats> paid = payments.paymentStats(tenant, first, last, at.minus(YEAR), at);
        List<Featured> rows = new ArrayList<>(page.size());
        for (OpenAccount account : page) {
            BigDecimal balance = balancesThen.getOrDefault(account.id(), account.balance());
            ContactStats c = contacts.get(account.id());
            PaymentStats p = paid.get(account.id());
            double paidAmount = p == null ? 0 : p.amount().doubleValue();
            Row row = Row.builder()
                .number("dpd", (double) account.dpd())
                .number("log_balance", Math.log10(1 + balance.doubleValue()))
                .number("contacts_365d", c == null ? 0.0 : c.attempts())
                .number("conversations_365d", c == null ? 0.0 : c.conversations())
                .number("promises_365d", c == null ? 0.0 : c.promises())
                .number("refusals_365d", c == null ? 0.0 : c.refusals())
                .number("days_since_contact", c == null ? null : days(c.lastAt(), at))
                .number("payments_365d", p == null ? 0.0 : p.count())
                .number("paid_share_365d", paidAmount / (paidAmount + balance.doubleValue() + 1))
                .number("days_since_payment", p == null ? null : days(p.lastPaidAt(), at))
                .category("product", account.product())
                .category("province", account.province())
                .build();
            rows.add(new Featured(account, balance, row));
        }
        return rows;
    }

    private static Double days(Instant then, Instant at) {
        return then == null ? null : (double) Duration.between(then, at).toDays();
    }

}
