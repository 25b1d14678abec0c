package io.recoverydesk.compliance.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * COMPLIANCE.md re-read by brute force, sharing no code with the engine: every entry
 * before the request is looked at (no look-back), days are compared as local dates, and
 * the outcome groups are spelled out again. Answers which rule ids block a request.
 */
final class NaiveOracle {

    private static final Set<Outcome> SPOKE_WITH_PERSON = EnumSet.of(Outcome.RIGHT_PARTY_CONTACT,
            Outcome.PROMISE_TO_PAY, Outcome.PAYMENT_PLAN_AGREED, Outcome.REFUSED_TO_PAY, Outcome.DISPUTE,
            Outcome.HARDSHIP, Outcome.CALLBACK_REQUESTED, Outcome.CEASE_REQUEST, Outcome.COMPLAINT, Outcome.HUNG_UP,
            Outcome.DECEASED, Outcome.BANKRUPTCY);

    private static final Set<Outcome> NOBODY_ANSWERED = EnumSet.of(Outcome.NO_ANSWER, Outcome.BUSY, Outcome.VOICEMAIL,
            Outcome.NUMBER_INVALID);

    private static final Set<Outcome> DID_NOT_CONNECT = EnumSet.of(Outcome.BUSY, Outcome.NUMBER_INVALID);

    private NaiveOracle() {
    }

    static Set<String> blockingRules(ContactRequest r, RulePack pack, DebtorFacts facts, ContactHistory history,
            List<ActiveHold> holds) {
        Set<String> blocked = new LinkedHashSet<>();
        if (r.direction() == Direction.INBOUND) {
            return blocked;
        }
        PackSettings s = pack.settings();
        String code = pack.code();
        List<LedgerEntry> before = history.entries()
            .stream()
            .filter(e -> e.debtorId().equals(r.debtorId()) && e.startedAt().isBefore(r.at()))
            .toList();
        for (ActiveHold h : holds) {
            if (holdStops(h, r)) {
                blocked.add(holdRule(code, h.type()));
            }
        }
        if (r.channel() != Channel.LETTER) {
            for (ZoneId z : facts.zones()) {
                LocalTime t = r.at().atZone(z).toLocalTime();
                if (t.compareTo(s.windowStart()) < 0 || t.compareTo(s.windowEnd()) >= 0) {
                    blocked.add(code + ".TIME");
                }
            }
        }
        boolean callToDebtor = r.channel() == Channel.CALL && r.party() == Party.DEBTOR;
        if (code.equals("CN")) {
            for (ZoneId z : facts.zones()) {
                LocalDate today = r.at().atZone(z).toLocalDate();
                long conversations = before.stream()
                    .filter(e -> e.channel() == Channel.CALL && e.party() == Party.DEBTOR
                            && SPOKE_WITH_PERSON.contains(e.outcome())
                            && e.startedAt().atZone(z).toLocalDate().equals(today))
                    .count();
                if (callToDebtor && conversations >= s.cnConversationsPerDay()) {
                    blocked.add("CN.CONVERSATIONS");
                }
                long unanswered = before.stream()
                    .filter(e -> e.channel() == Channel.CALL && e.direction() == Direction.OUTBOUND
                            && NOBODY_ANSWERED.contains(e.outcome()) && sameNumber(r, e)
                            && e.startedAt().atZone(z).toLocalDate().equals(today))
                    .count();
                if (r.channel() == Channel.CALL && unanswered >= s.cnUnansweredPerNumberPerDay()) {
                    blocked.add("CN.UNANSWERED");
                }
            }
            if (r.party() == Party.THIRD_PARTY && !cnThirdPartyAllowed(r, s, facts, history, before)) {
                blocked.add("CN.THIRD_PARTY");
            }
            if (r.channel() == Channel.VISIT && (r.collectors() == null || r.collectors() < s.cnVisitMinCollectors())) {
                blocked.add("CN.VISIT");
            }
        }
        if (code.equals("US")) {
            for (ZoneId z : facts.zones()) {
                if (callToDebtor && !consented(r.at(), r.accountId(), z, before)) {
                    int calls = usCountedCalls(r, z, before);
                    if (calls >= s.usCallsIn7Days()) {
                        blocked.add("US.CALLS_7IN7");
                    }
                    if (isMassachusetts(facts.usState()) && calls >= s.usMaCallsIn7Days()) {
                        blocked.add("US.STATE.MA");
                    }
                    LocalDate today = r.at().atZone(z).toLocalDate();
                    for (LedgerEntry e : before) {
                        LocalDate day = e.startedAt().atZone(z).toLocalDate();
                        if (e.accountId().equals(r.accountId()) && e.channel() == Channel.CALL
                                && e.party() == Party.DEBTOR && SPOKE_WITH_PERSON.contains(e.outcome())
                                && !today.isAfter(day.plusDays(s.usAfterConversationDays() - 1))) {
                            blocked.add("US.AFTER_CONVERSATION");
                        }
                    }
                }
            }
            if (r.party() == Party.THIRD_PARTY && (r.contactPointId() == null || history.thirdPartyContactsEver()
                .getOrDefault(r.contactPointId(), 0) >= s.usThirdPartyContactsPerParty())) {
                blocked.add("US.THIRD_PARTY");
            }
        }
        if (code.equals("GB") && callToDebtor) {
            for (ZoneId z : facts.zones()) {
                LocalDate today = r.at().atZone(z).toLocalDate();
                long sameDay = before.stream()
                    .filter(e -> outboundCallToDebtor(e) && e.startedAt().atZone(z).toLocalDate().equals(today))
                    .count();
                long week = before.stream()
                    .filter(e -> outboundCallToDebtor(e)
                            && !e.startedAt().atZone(z).toLocalDate().isBefore(today.minusDays(6)))
                    .count();
                if (s.gbCallsPerDay() != null && sameDay >= s.gbCallsPerDay()) {
                    blocked.add("GB.CALLS_PER_DAY");
                }
                if (s.gbCallsIn7Days() != null && week >= s.gbCallsIn7Days()) {
                    blocked.add("GB.CALLS_7D");
                }
            }
        }
        return blocked;
    }

    private static boolean outboundCallToDebtor(LedgerEntry e) {
        return e.channel() == Channel.CALL && e.direction() == Direction.OUTBOUND && e.party() == Party.DEBTOR;
    }

    private static boolean sameNumber(ContactRequest r, LedgerEntry e) {
        return r.contactPointId() == null || e.contactPointId() == null
                || r.contactPointId().equals(e.contactPointId());
    }

    private static int usCountedCalls(ContactRequest r, ZoneId z, List<LedgerEntry> before) {
        LocalDate today = r.at().atZone(z).toLocalDate();
        int n = 0;
        for (LedgerEntry e : before) {
            LocalDate day = e.startedAt().atZone(z).toLocalDate();
            if (e.accountId().equals(r.accountId()) && outboundCallToDebtor(e) && !DID_NOT_CONNECT.contains(e.outcome())
                    && !day.isBefore(today.minusDays(6)) && !consented(e.startedAt(), r.accountId(), z, before)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Consent given on day K covers calls after it through day K+6, and never past its
     * own end.
     */
    private static boolean consented(Instant call, java.util.UUID account, ZoneId z, List<LedgerEntry> before) {
        for (LedgerEntry k : before) {
            if (k.consentToCallUntil() != null && k.accountId().equals(account) && k.startedAt().isBefore(call)
                    && call.isBefore(k.consentToCallUntil())
                    && !call.atZone(z).toLocalDate().isAfter(k.startedAt().atZone(z).toLocalDate().plusDays(6))) {
                return true;
            }
        }
        return false;
    }

    private static boolean cnThirdPartyAllowed(ContactRequest r, PackSettings s, DebtorFacts facts,
            ContactHistory history, List<LedgerEntry> before) {
        if (r.contactPointId() == null || history.refusedThirdParties().contains(r.contactPointId())) {
            return false;
        }
        for (LedgerEntry e : before) {
            if (e.party() == Party.THIRD_PARTY && r.contactPointId().equals(e.contactPointId())
                    && (e.outcome() == Outcome.REFUSED_TO_PAY || e.outcome() == Outcome.CEASE_REQUEST)) {
                return false;
            }
        }
        if (facts.debtorPhoneIds().stream().allMatch(facts.invalidPhoneIds()::contains)) {
            return true;
        }
        Instant monthAgo = r.at().minus(Duration.ofDays(30));
        Instant lastSpoken = Instant.MIN;
        for (LedgerEntry e : before) {
            if (!e.startedAt().isBefore(monthAgo) && e.channel() == Channel.CALL && e.party() == Party.DEBTOR
                    && SPOKE_WITH_PERSON.contains(e.outcome()) && e.startedAt().isAfter(lastSpoken)) {
                lastSpoken = e.startedAt();
            }
        }
        int failed = 0;
        for (LedgerEntry e : before) {
            boolean failure = NOBODY_ANSWERED.contains(e.outcome()) || e.outcome() == Outcome.WRONG_NUMBER
                    || e.outcome() == Outcome.THIRD_PARTY;
            if (!e.startedAt().isBefore(monthAgo) && e.startedAt().isAfter(lastSpoken) && outboundCallToDebtor(e)
                    && failure) {
                failed++;
            }
        }
        return failed >= s.cnThirdPartyAfterFailedAttempts();
    }

    private static boolean holdStops(ActiveHold h, ContactRequest r) {
        boolean point = h.contactPointId() == null || r.contactPointId() == null
                || h.contactPointId().equals(r.contactPointId());
        return switch (h.type()) {
            case DO_NOT_CALL -> point && (r.channel() == Channel.CALL || r.channel() == Channel.SMS);
            case CHANNEL_OPT_OUT -> point && (h.channel() == null || h.channel() == r.channel());
            default -> true;
        };
    }

    private static String holdRule(String pack, HoldType type) {
        if (pack.equals("US")
                && (type == HoldType.DISPUTE || type == HoldType.CEASE || type == HoldType.CHANNEL_OPT_OUT)) {
            return "US." + type.name();
        }
        return "HOLD." + type.name();
    }

    private static boolean isMassachusetts(String state) {
        return state != null && (state.equalsIgnoreCase("MA") || state.equalsIgnoreCase("Massachusetts"));
    }

}
