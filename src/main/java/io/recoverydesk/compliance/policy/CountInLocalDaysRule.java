package io.recoverydesk.compliance.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A limit on how many matching ledger entries may lie in the last N local calendar days
 * (the day of the contact is the last of them). With several candidate zones each zone
 * counts its own days and any zone over the limit blocks, because the contact must be
 * allowed wherever the debtor may be.
 *
 * <p>
 * Counts only drop when a local day ends, so the earliest allowed instant is the
 * request's own or one of the next local midnights.
 */
abstract class CountInLocalDaysRule implements ContactRule {

    private final String id;

    CountInLocalDaysRule(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }

    /** The limit in force, null when the pack or tenant switched the rule off. */
    abstract Integer limit(PackSettings settings);

    /** Number of local days in the period, at most {@link #maxDays()}. */
    abstract int days(PackSettings settings);

    /** The largest {@link #days} any settings allow, which sizes {@link #reach()}. */
    abstract int maxDays();

    /** Whether the rule speaks about this outbound request at all. */
    abstract boolean concerns(RuleContext context);

    /**
     * Whether the entry counts against the limit for this request, seen from this zone.
     */
    abstract boolean counts(RuleContext context, LedgerEntry entry, ZoneId zone);

    /** A contact at {@code t} the rule lets through whatever the count (US consent). */
    boolean exempt(RuleContext context, Instant t, ZoneId zone) {
        return false;
    }

    abstract Reason reason(RuleContext context, int count, int limit, LocalDate firstDay, ZoneId zone);

    @Override
    public final boolean appliesTo(RuleContext context) {
        return context.request().direction() == Direction.OUTBOUND && limit(context.settings()) != null
                && concerns(context);
    }

    @Override
    public Duration reach() {
        return Duration.ofDays(maxDays() + 1L);
    }

    final int count(RuleContext context, Instant t, ZoneId zone) {
        Instant from = LocalDays.periodStart(t, zone, days(context.settings()));
        int n = 0;
        for (LedgerEntry e : context.entries()) {
            if (!e.startedAt().isBefore(from) && e.startedAt().isBefore(t) && counts(context, e, zone)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public final Optional<Reason> check(RuleContext context, Instant t) {
        int limit = limit(context.settings());
        for (ZoneId zone : context.zones()) {
            if (exempt(context, t, zone)) {
                continue;
            }
            int n = count(context, t, zone);
            if (n >= limit) {
                LocalDate first = LocalDays.dayOf(t, zone).minusDays(days(context.settings()) - 1L);
                return Optional.of(reason(context, n, limit, first, zone));
            }
        }
        return Optional.empty();
    }

    @Override
    public final Instant earliestAllowed(RuleContext context, Instant t) {
        List<Instant> candidates = new ArrayList<>();
        candidates.add(t);
        int days = days(context.settings());
        for (ZoneId zone : context.zones()) {
            LocalDate day = LocalDays.dayOf(t, zone);
            for (int i = 1; i <= days; i++) {
                candidates.add(LocalDays.startOf(day.plusDays(i), zone));
            }
        }
        candidates.sort(null);
        for (Instant candidate : candidates) {
            if (check(context, candidate).isEmpty()) {
                return candidate;
            }
        }
        // a limit of zero is never lifted by time
        return null;
    }

    @Override
    public OptionalInt remaining(RuleContext context, Instant t) {
        int limit = limit(context.settings());
        int left = limit;
        for (ZoneId zone : context.zones()) {
            left = Math.min(left, Math.max(0, limit - count(context, t, zone)));
        }
        return OptionalInt.of(left);
    }

}
