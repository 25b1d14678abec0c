package io.recoverydesk.compliance.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CN.TIME, US.TIME, GB.TIME: outbound contacts only inside the pack's local window
 * [start, end) in every candidate zone. Letters are exempt: we do not choose when the
 * post arrives. Every other channel, texts and emails included, waits for the window.
 */
final class ContactWindowRule implements ContactRule {

    // the intersection of the zones' windows can be empty for a day or two around DST
    // changes; beyond this many days it is empty for good
    private static final int SEARCH_DAYS = 8;

    private final String id;

    ContactWindowRule(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean appliesTo(RuleContext context) {
        return context.request().direction() == Direction.OUTBOUND && context.request().channel() != Channel.LETTER;
    }

    @Override
    public Optional<Reason> check(RuleContext context, Instant t) {
        LocalTime start = context.settings().windowStart();
        LocalTime end = context.settings().windowEnd();
        for (ZoneId zone : context.zones()) {
            LocalTime local = LocalTime.ofInstant(t, zone);
            if (local.isBefore(start) || !local.isBefore(end)) {
                return Optional.of(ReasonText.OUTSIDE_WINDOW.reason(id, local.withSecond(0).withNano(0).toString(),
                        zone.getId(), start.toString(), end.toString()));
            }
        }
        return Optional.empty();
    }

    /**
     * The allowed instants are the intersection of each zone's windows, so the earliest
     * one is {@code t} itself or the opening of some zone's window.
     */
    @Override
    public Instant earliestAllowed(RuleContext context, Instant t) {
        List<Instant> candidates = new ArrayList<>();
        candidates.add(t);
        for (ZoneId zone : context.zones()) {
            LocalDate day = LocalDays.dayOf(t, zone);
            for (int i = 0; i <= SEARCH_DAYS; i++) {
                Instant opening = day.plusDays(i).atTime(context.settings().windowStart()).atZone(zone).toInstant();
                if (opening.isAfter(t)) {
                    candidates.add(opening);
                }
            }
        }
        candidates.sort(null);
        for (Instant candidate : candidates) {
            if (check(context, candidate).isEmpty()) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public Duration reach() {
        return Duration.ZERO;
    }

}
