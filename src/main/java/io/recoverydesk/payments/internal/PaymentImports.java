package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.CreditorDirectory;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.payments.internal.ImportReport.RowResult;
import io.recoverydesk.portfolio.AccountBalances;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Imports a payment file row by row: each row posts in its own transaction (a bad row
 * does not hold back the others) and the reference, unique per creditor, makes a
 * re-import or a retry after a crash post nothing twice. Rows whose creditor_ref matches
 * no account wait for manual matching.
 */
@Service
class PaymentImports {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final PaymentPosting posting;

    private final ImportStore imports;

    private final AccountBalances balances;

    private final CreditorDirectory creditors;

    private final Tenants tenants;

    private final AuditLog audit;

    private final Clock clock;

    private final PaymentStore payments;

    PaymentImports(PaymentPosting posting, ImportStore imports, AccountBalances balances, CreditorDirectory creditors,
            Tenants tenants, AuditLog audit, Clock clock, PaymentStore payments) {
        this.payments = payments;
        this.posting = posting;
        this.imports = imports;
        this.balances = balances;
        this.creditors = creditors;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
    }

    ImportReport importFile(CurrentUser user, String creditorCode, String fileName, byte[] content) {
        String creditor = creditorCode == null ? "" : creditorCode.strip();
        if (creditor.isEmpty() || !user.maysee(creditor) || !creditors.exists(user.tenantId(), creditor)) {
            throw PaymentRules.invalid("unknown-creditor", "creditor",
                    "Unknown creditor " + creditor + ": name a creditor you serve.");
        }
        if (content == null || content.length == 0) {
            throw PaymentRules.invalid("empty-file", "file", "The uploaded file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw PaymentRules.invalid("file-too-large", "file", "Payment files are limited to 20 MB; split it.");
        }
        PaymentFile file = PaymentFile.parse(content);
        UUID importId = Ids.newId();
        Instant now = clock.instant();
        String name = fileName == null || fileName.isBlank() ? "payments.csv"
                : fileName.substring(0, Math.min(fileName.length(), 300));
        imports.create(user.tenantId(), importId, creditor, name, sha256(content), user.username(), now);
        ZoneId zone = tenants.get(user.tenantId()).zone();
        for (PaymentFile.Row row : file.rows()) {
            imports.addRow(user.tenantId(), importId, creditor, one(user, creditor, importId, row, zone, now), now);
        }
        ImportReport report = imports.finish(user.tenantId(), importId);
        audit.record(user.tenantId(), user.username(), "PAYMENT_FILE_IMPORTED", "payment_import", importId.toString(),
                "creditor=" + creditor + " file=" + name + " rows=" + report.rowsTotal() + " posted=" + report.posted()
                        + " duplicates=" + report.duplicates() + " unmatched=" + report.unmatched() + " errors="
                        + report.errors() + " amount=" + report.amountPosted().toPlainString());
        return report;
    }

    private RowResult one(CurrentUser user, String creditor, UUID importId, PaymentFile.Row row, ZoneId zone,
            Instant now) {
        BigDecimal amount = null;
        Instant paidAt = null;
        String reference = null;
        String method = null;
        UUID accountId = null;
        try {
            reference = PaymentRules.reference(row.reference());
            if (reference == null) {
                throw PaymentRules.invalid("reference-required", "reference",
                        "reference is required in payment files (it keeps re-imports harmless).");
            }
            if (row.creditorRef() == null) {
                throw PaymentRules.invalid("creditor-ref-required", "creditor_ref", "creditor_ref is empty.");
            }
            amount = PaymentRules.amount(row.amount());
            if (row.paidAt() == null) {
                throw PaymentRules.invalid("paid-at-required", "paid_at", "paid_at is empty.");
            }
            paidAt = PaymentRules.paidAt(row.paidAt(), zone, now);
            method = PaymentRules.method(row.method(), "BANK_TRANSFER");
            Optional<UUID> account = balances.idByCreditorRef(user.tenantId(), creditor, row.creditorRef());
            if (account.isEmpty()) {
                Optional<UUID> posted = imports.postedReference(user.tenantId(), creditor, reference);
                Optional<Payment> earlier = posted.flatMap(id -> payments.find(user.tenantId(), id));
                if (earlier.isPresent() && earlier.get().amount().compareTo(amount) != 0) {
                    return conflict(user, row, amount, paidAt, reference, method, earlier.get());
                }
                if (posted.isPresent()) {
                    return result(row, amount, paidAt, reference, method, ImportReport.DUPLICATE,
                            "Already posted: skipped.", posted.get());
                }
                if (imports.handledUnmatched(user.tenantId(), creditor, reference)) {
                    return result(row, amount, paidAt, reference, method, ImportReport.DUPLICATE,
                            "The same reference already waits for manual matching or was dismissed.", null);
                }
                return result(row, amount, paidAt, reference, method, ImportReport.UNMATCHED,
                        "No account " + row.creditorRef() + " for creditor " + creditor + ".", null);
            }
            accountId = account.get();
            String currency = balances.read(user.tenantId(), account.get()).orElseThrow().currency();
            PaymentPosting.Answer answer = posting.post(user.tenantId(), new PaymentPosting.Posting(account.get(),
                    amount, currency, paidAt, method, reference, "FILE", importId, user.username(), null, null));
            return result(row, amount, paidAt, reference, method, ImportReport.POSTED, null, answer.paymentId());
        }
        catch (PaymentPosting.DuplicateReference ex) {
            Optional<Payment> earlier = payments.find(user.tenantId(), ex.paymentId());
            if (earlier.isPresent() && !(earlier.get().accountId().equals(accountId)
                    && earlier.get().amount().compareTo(amount) == 0)) {
                // the reference of another payment: not this row posted before
                return conflict(user, row, amount, paidAt, reference, method, earlier.get());
            }
            return result(row, amount, paidAt, reference, method, ImportReport.DUPLICATE, "Already posted: skipped.",
                    ex.paymentId());
        }
        catch (BusinessRuleException ex) {
            PaymentRules.Refusal refusal = ex instanceof PaymentRules.Refusal r ? r : null;
            // the report shows what the refused row gives that can be read, not only what
            // was read before the refusal
            return error(row, amount != null ? amount : readable(() -> PaymentRules.amount(row.amount())),
                    paidAt != null ? paidAt
                            : readable(
                                    () -> row.paidAt() == null ? null : PaymentRules.paidAt(row.paidAt(), zone, now)),
                    reference, method, ex.getMessage(), refusal == null ? ex.type() : refusal.code(),
                    refusal == null ? null : refusal.detail());
        }
        catch (DataAccessException ex) {
            // a concurrent posting on the account or with the reference: the row rolled
            // back
            return error(row, amount, paidAt, reference, method,
                    "The row could not be posted now (a concurrent change); import the file again: posted rows"
                            + " are skipped.",
                    "concurrent-change", null);
        }
    }

    /**
     * A row whose reference another payment already carries (another account or amount):
     * refused, naming that payment, rather than skipped as a repeat — a silent skip would
     * lose this payment.
     */
    private RowResult conflict(CurrentUser user, PaymentFile.Row row, BigDecimal amount, Instant paidAt,
            String reference, String method, Payment earlier) {
        String account = balances.read(user.tenantId(), earlier.accountId())
            .map(AccountBalances.Snapshot::creditorRef)
            .orElse("?");
        String detail = reference + " · " + account + " · " + earlier.amount().toPlainString();
        return error(row, amount, paidAt, reference, method,
                "Reference " + reference + " was already used for another payment (account " + account + ", amount "
                        + earlier.amount().toPlainString() + "): check the reference.",
                "reference-conflict", detail);
    }

    /** A field of a refused row, when it can be read; null otherwise. */
    private static <T> T readable(java.util.function.Supplier<T> field) {
        try {
            return field.get();
        }
        catch (RuntimeException ex) {
            return null;
        }
    }

    private static RowResult result(PaymentFile.Row row, BigDecimal amount, Instant paidAt, String reference,
            String method, String outcome, String message, UUID paymentId) {
        return new RowResult(Ids.newId(), row.number(), ref(row), amount, paidAt, reference, method, outcome, message,
                paymentId, null, null);
    }

    private static RowResult error(PaymentFile.Row row, BigDecimal amount, Instant paidAt, String reference,
            String method, String message, String code, String detail) {
        return new RowResult(Ids.newId(), row.number(), ref(row), amount, paidAt, reference, method, ImportReport.ERROR,
                message, null, code, detail);
    }

    private static String ref(PaymentFile.Row row) {
        return row.creditorRef() == null ? null
                : row.creditorRef().substring(0, Math.min(row.creditorRef().length(), 80));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
