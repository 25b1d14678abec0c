package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.payments.PaymentAdministration;
import io.recoverydesk.portfolio.AccountBalances;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PaymentAdministration} over the services the API and the pages use: the
 * {@link PaymentDesk} (validation, idempotency, posting), {@link PaymentReversal} and
 * {@link PaymentImports}, as a tenant-wide system user.
 */
@Service
class SystemPaymentAdministration implements PaymentAdministration {

    static final String SOURCE = "SYSTEM";

    private static final UUID SYSTEM_USER = new UUID(0, 0);

    private final PaymentDesk desk;

    private final PaymentReversal reversal;

    private final PaymentImports imports;

    private final AccountBalances balances;

    SystemPaymentAdministration(PaymentDesk desk, PaymentReversal reversal, PaymentImports imports,
            AccountBalances balances) {
        this.desk = desk;
        this.reversal = reversal;
        this.imports = imports;
        this.balances = balances;
    }

    @Override
    public UUID post(TenantId tenant, String actor, UUID accountId, BigDecimal amount, Instant paidAt, String method,
            String reference) {
        String currency = balances.read(tenant, accountId).orElseThrow(PaymentPosting::unknownAccount).currency();
        PaymentPosting.Answer answer = desk.post(system(tenant, actor),
                new PaymentDesk.PostRequest(accountId, null, null, amount, currency,
                        paidAt == null ? null : paidAt.toString(), method, reference),
                reference == null ? null : "system:" + reference, SOURCE);
        return answer.paymentId();
    }

    @Override
    @Transactional
    public List<UUID> postAll(TenantId tenant, String actor, List<NewPayment> payments) {
        List<UUID> ids = new ArrayList<>();
        for (NewPayment p : payments) {
            ids.add(post(tenant, actor, p.accountId(), p.amount(), p.paidAt(), p.method(), p.reference()));
        }
        return ids;
    }

    @Override
    public void reverse(TenantId tenant, String actor, UUID paymentId, String reason) {
        reversal.reverse(system(tenant, actor), paymentId, reason);
    }

    @Override
    public FileSummary importFile(TenantId tenant, String actor, String creditorCode, String fileName, byte[] content) {
        ImportReport r = imports.importFile(system(tenant, actor), creditorCode, fileName, content);
        return new FileSummary(r.rowsTotal(), r.posted(), r.duplicates(), r.unmatched(), r.errors());
    }

    private static CurrentUser system(TenantId tenant, String actor) {
        return new CurrentUser(tenant, SYSTEM_USER, actor, actor, EnumSet.of(Role.ADMIN), null, null);
    }

}
