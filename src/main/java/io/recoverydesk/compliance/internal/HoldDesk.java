package io.recoverydesk.compliance.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.compliance.policy.Channel;
import io.recoverydesk.compliance.policy.HoldType;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.portfolio.AccountDirectory;
import io.recoverydesk.portfolio.AccountDirectory.ContactPoint;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Placing and lifting holds, audited, within the user's scope. */
@Service
class HoldDesk {

    private final AccountDirectory accounts;

    private final Holds holds;

    private final AuditLog audit;

    private final Clock clock;

    HoldDesk(AccountDirectory accounts, Holds holds, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.holds = holds;
        this.audit = audit;
        this.clock = clock;
    }

    /** What someone asks to hold. */
    record Request(HoldType type, String reason, UUID contactPointId, Channel channel) {
    }

    @Transactional
    Holds.Hold place(CurrentUser user, UUID accountId, Request request) {
        requireVisible(user, accountId);
        String reason = requireReason(request.reason());
        if (request.type() == null) {
            throw new BusinessRuleException("invalid-hold",
                    "type is required: one of " + java.util.Arrays.toString(HoldType.values()) + ".");
        }
        checkTarget(user, accountId, request);
        boolean duplicate = holds.active(user.tenantId(), accountId)
            .stream()
            .anyMatch(h -> h.type() == request.type()
                    && java.util.Objects.equals(h.contactPointId(), request.contactPointId())
                    && h.channel() == request.channel());
        if (duplicate) {
            throw new ConflictException("already-held", "The account already has this " + request.type() + " hold.");
        }
        Instant now = clock.instant();
        Holds.Hold hold = new Holds.Hold(Ids.newId(), accountId, request.type(), request.contactPointId(),
                request.channel(), reason, user.username(), now, null, null, null);
        holds.place(user.tenantId(), hold);
        audit.record(user.tenantId(), user.username(), "HOLD_PLACED", "account", accountId.toString(),
                request.type() + (request.channel() == null ? "" : " " + request.channel())
                        + (request.contactPointId() == null ? "" : " point=" + request.contactPointId()) + ": "
                        + reason);
        return hold;
    }

    @Transactional
    Holds.Hold lift(CurrentUser user, UUID accountId, UUID holdId, String reason) {
        requireVisible(user, accountId);
        String why = requireReason(reason);
        Holds.Hold hold = holds.find(user.tenantId(), holdId)
            .filter(h -> h.accountId().equals(accountId))
            .orElseThrow(() -> new NotFoundException("hold " + holdId + " not found on account " + accountId));
        Instant now = clock.instant();
        if (!holds.lift(user.tenantId(), holdId, user.username(), now, why)) {
            throw new ConflictException("already-lifted",
                    "The hold was lifted already by " + hold.liftedBy() + " at " + hold.liftedAt() + ".");
        }
        audit.record(user.tenantId(), user.username(), "HOLD_LIFTED", "account", accountId.toString(),
                hold.type() + " hold " + holdId + ": " + why);
        return holds.find(user.tenantId(), holdId).orElseThrow();
    }

    /** Lifts every active hold of a type on the account. */
    @Transactional
    List<Holds.Hold> liftType(CurrentUser user, UUID accountId, HoldType type, String reason) {
        requireVisible(user, accountId);
        List<Holds.Hold> active = holds.active(user.tenantId(), accountId)
            .stream()
            .filter(h -> h.type() == type)
            .toList();
        if (active.isEmpty()) {
            throw new NotFoundException("no active " + type + " hold on account " + accountId);
        }
        return active.stream().map(h -> lift(user, accountId, h.id(), reason)).toList();
    }

    List<Holds.Hold> all(CurrentUser user, UUID accountId) {
        requireVisible(user, accountId);
        return holds.all(user.tenantId(), accountId);
    }

    private void requireVisible(CurrentUser user, UUID accountId) {
        if (accounts.visible(user, accountId).isEmpty()) {
            throw new NotFoundException("account " + accountId + " not found");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new BusinessRuleException("reason-required", "A reason of 1-500 characters is required.");
        }
        return reason.strip();
    }

    private void checkTarget(CurrentUser user, UUID accountId, Request request) {
        if (request.type() == HoldType.DO_NOT_CALL && request.contactPointId() == null) {
            throw new BusinessRuleException("invalid-hold", "A do-not-call hold names the phone (contactPointId).");
        }
        if (request.type() == HoldType.CHANNEL_OPT_OUT && request.channel() == null) {
            throw new BusinessRuleException("invalid-hold", "A channel opt-out names the channel.");
        }
        if (request.type().isAccountWide() && (request.contactPointId() != null || request.channel() != null)) {
            throw new BusinessRuleException("invalid-hold",
                    "A " + request.type() + " hold covers the whole account; leave contactPointId and channel empty.");
        }
        if (request.contactPointId() != null) {
            ContactPoint point = accounts.contactFacts(user.tenantId(), accountId)
                .orElseThrow()
                .contactPoints()
                .stream()
                .filter(cp -> cp.id().equals(request.contactPointId()))
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("unknown-contact-point",
                        "Contact point " + request.contactPointId() + " is not one of this debtor's."));
            if (request.type() == HoldType.DO_NOT_CALL && !point.kind().equals("PHONE")) {
                throw new BusinessRuleException("invalid-hold", "Do-not-call applies to a phone number.");
            }
        }
    }

}
