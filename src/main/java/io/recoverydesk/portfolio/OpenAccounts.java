package io.recoverydesk.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * The open accounts of a tenant in id order, a page at a time, for batch work (the
 * strategy run) that streams over the whole portfolio with bounded memory.
 */
public interface OpenAccounts {

    /** How many accounts of the tenant are open now. */
    long count(TenantId tenant);

    /**
     * Up to {@code limit} open accounts with an id after {@code after} (null = from the
     * start), in id order, with their days past due on {@code asOf}.
     */
    List<OpenAccount> page(TenantId tenant, UUID after, int limit, LocalDate asOf);

    /**
     * Like {@link #page} but every account, closed ones too (paid, settled, closed,
     * recalled) — for learning from history, where leaving out those that paid would bias
     * what is learnt.
     */
    List<OpenAccount> pageAll(TenantId tenant, UUID after, int limit, LocalDate asOf);

    /** One account if it is open, as {@link #page} would give it. */
    java.util.Optional<OpenAccount> find(TenantId tenant, UUID id, LocalDate asOf);

    /**
     * An open account as batch work sees it; {@code province} is that of the debtor's
     * first address (null when unknown); {@code language} is the debtor's preferred
     * language as a lower-case code such as {@code yue} or {@code zh-hk} (null when
     * unknown: the tenant's usual language).
     */
    record OpenAccount(UUID id, UUID debtorId, String creditorCode, String product, String currency, BigDecimal balance,
            long dpd, LocalDate lastPaymentDate, String province, AccountStatus status, String language) {
    }

}
