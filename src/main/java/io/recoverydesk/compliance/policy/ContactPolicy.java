package io.recoverydesk.compliance.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;

/**
 * The compliance engine: may this contact happen now, why not, and when may it.
 *
 * <p>
 * Stateless and thread-safe. It reads only the ledger slice of {@link #lookback()} before
 * the request; entries outside it are ignored, so a caller handing in more changes
 * nothing. Inbound contacts are always allowed: the rules limit what we do, not what the
 * debtor does (inbound conversations still count where a rule says so).
 */
public final class ContactPolicy {

    // each pass moves t forward to some rule's next opening; a handful of passes settle
    // every real case, the bound only stops a pathological zone/window combination
    private static final int MAX_PASSES = 64;

    // beyond this no rule of ours can still be waiting: everything counted has aged out
    private static final Duration HORIZON = Duration.ofDays(45);

    private static final Duration LOOKBACK = RuleSets.all()
        .stream()
        .map(ContactRule::reach)
        .max(Duration::compareTo)
        .orElse(Duration.ZERO);

    /** How far back before the request the caller must load the debtor's ledger. */
    public Duration lookback() {
        return LOOKBACK;
    }

    /**
     * How far back this request's rules read: only the rules of its pack that apply to it
     * (a call to the debtor under CN reads two days, not the third-party rule's thirty),
     * so the caller loads the smallest slice that decides exactly as the whole look-back
     * would.
     */
    public Duration lookback(ContactRequest request, RulePack pack) {
        if (request.direction() == Direction.INBOUND) {
            return Duration.ZERO;
        }
        RuleContext context = RuleContext.of(request, pack, new DebtorFacts(Set.of(), Set.of(), Set.of(), null),
                ContactHistory.of(List.of()), List.of(), LOOKBACK);
        Duration reach = Duration.ZERO;
        for (ContactRule rule : RuleSets.of(pack.code())) {
            if (rule.appliesTo(context) && rule.reach().compareTo(reach) > 0) {
                reach = rule.reach();
            }
        }
        return reach;
    }

    public Decision decide(ContactRequest request, RulePack pack, DebtorFacts facts, ContactHistory history,
            List<ActiveHold> holds) {
        Instant at = request.at();
        if (request.direction() == Direction.INBOUND) {
            return Decision.allow(at, Map.of());
        }
        RuleContext context = RuleContext.of(request, pack, facts, history, holds, LOOKBACK);
        List<ContactRule> rules = new ArrayList<>();
        for (ContactRule rule : RuleSets.of(pack.code())) {
            if (rule.appliesTo(context)) {
                rules.add(rule);
            }
        }
        List<Reason> reasons = new ArrayList<>(2);
        Map<String, Integer> remaining = new LinkedHashMap<>();
        for (ContactRule rule : rules) {
            rule.check(context, at).ifPresent(reasons::add);
            OptionalInt left = rule.remaining(context, at);
            if (left.isPresent()) {
                remaining.put(rule.id(), left.getAsInt());
            }
        }
        if (reasons.isEmpty()) {
            return Decision.allow(at, remaining);
        }
        return Decision.block(reasons, nextAllowedAt(context, rules, at), remaining);
    }

    /**
     * The earliest instant at which every rule allows: each blocking rule moves t to its
     * own earliest opening until a pass finds no rule blocking. Every move is to an
     * instant the moving rule allows and no earlier instant is allowed by it, so the
     * first instant all rules allow is never skipped.
     */
    private static Instant nextAllowedAt(RuleContext context, List<ContactRule> rules, Instant at) {
        Instant t = at;
        Instant horizon = at.plus(HORIZON);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean moved = false;
            for (ContactRule rule : rules) {
                Optional<Reason> blocked = rule.check(context, t);
                if (blocked.isEmpty()) {
                    continue;
                }
                Instant next = rule.earliestAllowed(context, t);
                if (next == null || next.isAfter(horizon)) {
                    return null;
                }
                if (!next.isAfter(t)) {
                    throw new IllegalStateException(rule.id() + " blocks at " + t + " but proposes " + next);
                }
                t = next;
                moved = true;
            }
            if (!moved) {
                return t;
            }
        }
        return null;
    }

}
