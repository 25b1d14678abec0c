package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.portfolio.AccountBalances;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Posting on behalf of a person (API and pages): checks the request, finds the account
 * within the user's scope and posts, in a batch with other requests' postings when it can
 * ({@link PaymentBatches}), else alone; a retried Idempotency-Key gets the first answer
 * (looked up under the account's lock, see {@link PaymentPosting}). Two requests racing
 * with one new key post once: the loser's insert of the key fails, and it answers what
 * the winner stored.
 */
@Service
class PaymentDesk {

    static final int MAX_KEY_LENGTH = 200;

    private final PaymentPosting posting;

    private final PaymentBatches batches;

    private final AccountBalances balances;

    private final Tenants tenants;

    private final Clock clock;

    PaymentDesk(PaymentPosting posting, PaymentBatches batches, AccountBalances balances, Tenants tenants,
            Clock clock) {
        this.posting = posting;
        this.batches = batches;
        this.balances = balances;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** A payment as a person sends it: an account id, or a creditor code and ref. */
    record PostRequest(UUID accountId, String creditorCode, String creditorRef, BigDecimal amount, String currency,
            String paidAt, String method, String reference) {
    }

    PaymentPosting.Answer post(CurrentUser user, PostRequest r, String idempotencyKey, String source) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > MAX_KEY_LENGTH) {
            throw new BadRequestException("bad-idempotency-key",
                    "The Idempotency-Key is longer than " + MAX_KEY_LENGTH + " characters.");
        }
        String hash = hash(user, r);
        PaymentPosting.Posting p = new PaymentPosting.Posting(resolve(user, r), PaymentRules.amount(r.amount()),
                PaymentRules.currency(r.currency()),
                PaymentRules.paidAt(r.paidAt(), tenants.get(user.tenantId()).zone(), clock.instant()),
                PaymentRules.method(r.method(), "OTHER"), PaymentRules.reference(r.reference()), source, null,
                user.username(), key, hash, user::maysee);
        Optional<PaymentPosting.Answer> batched = batches.post(user.tenantId(), p);
        if (batched.isPresent()) {
            return batched.get();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return posting.post(user.tenantId(), p);
            }
            catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
                // another request with this key (or reference) committed first, or the
                // database gave up waiting for it: answer what the winner stored, else
                // try again (a taken reference is then refused with 409)
                if (key != null) {
                    Optional<PaymentPosting.Answer> winner = posting.replay(user.tenantId(), key, hash);
                    if (winner.isPresent()) {
                        return winner.get();
                    }
                }
                if (attempt >= 3) {
                    if (key != null) {
                        Optional<PaymentPosting.Answer> late = awaitAnswer(user, key, hash);
                        if (late.isPresent()) {
                            return late.get();
                        }
                    }
                    throw ex;
                }
            }
        }
    }

    /**
     * The account the request names; 422 when a creditor reference names none the user
     * may see. Whether the user may see an account named by id is checked under its lock.
     */
    UUID resolve(CurrentUser user, PostRequest r) {
        if (r.accountId() != null) {
            return r.accountId();
        }
        if (r.creditorCode() == null || r.creditorCode().isBlank() || r.creditorRef() == null
                || r.creditorRef().isBlank()) {
            throw PaymentRules.invalid("unknown-account", "accountId",
                    "Name the account: accountId, or creditorCode and creditorRef.");
        }
        if (!user.maysee(r.creditorCode().strip())) {
            throw PaymentPosting.unknownAccount();
        }
        return balances.idByCreditorRef(user.tenantId(), r.creditorCode().strip(), r.creditorRef().strip())
            .orElseThrow(PaymentPosting::unknownAccount);
    }

    private Optional<PaymentPosting.Answer> awaitAnswer(CurrentUser user, String key, String hash) {
        for (int i = 0; i < 50; i++) {
            Optional<PaymentPosting.Answer> answer = posting.replay(user.tenantId(), key, hash);
            if (answer.isPresent()) {
                return answer;
            }
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The request's fingerprint: who sent it and every field as sent, so that a key
     * reused by another user or with other values is a conflict, never a replay.
     */
    static String hash(CurrentUser user, PostRequest r) {
        String canonical = String.join("\u001f", user.username(), String.valueOf(r.accountId()),
                String.valueOf(r.creditorCode()), String.valueOf(r.creditorRef()),
                r.amount() == null ? "null" : r.amount().stripTrailingZeros().toPlainString(),
                String.valueOf(r.currency()), String.valueOf(r.paidAt()), String.valueOf(r.method()),
                String.valueOf(r.reference()));
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
