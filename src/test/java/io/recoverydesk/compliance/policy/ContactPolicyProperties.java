package io.recoverydesk.compliance.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import static io.recoverydesk.compliance.policy.Fixtures.ACCOUNT;
import static io.recoverydesk.compliance.policy.Fixtures.DEBTOR;
import static io.recoverydesk.compliance.policy.Fixtures.FRIEND;
import static io.recoverydesk.compliance.policy.Fixtures.HOME;
import static io.recoverydesk.compliance.policy.Fixtures.MOBILE;
import static io.recoverydesk.compliance.policy.Fixtures.OTHER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine against a brute-force re-reading of the rules, over generated ledgers of
 * about ten days (and a few older entries), zones, packs, holds and requests.
 */
class ContactPolicyProperties {

    private static final ContactPolicy POLICY = new ContactPolicy();

    // days around DST changes in the US, GB (and none in CN), and ordinary days
    private static final List<Instant> BASES = List.of(Instant.parse("2024-03-08T00:00:00Z"),
            Instant.parse("2024-03-29T00:00:00Z"), Instant.parse("2024-06-03T00:00:00Z"),
            Instant.parse("2024-10-25T00:00:00Z"), Instant.parse("2024-11-01T00:00:00Z"));

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"), ZoneId.of("America/Chicago"),
            ZoneId.of("America/Los_Angeles"), ZoneId.of("Pacific/Honolulu"), ZoneId.of("Asia/Shanghai"),
            ZoneId.of("Europe/London"));

    record Draft(int minutesBefore, Channel channel, Direction direction, Party party, UUID point, Outcome outcome,
            UUID account, Integer consentHours) {

        LedgerEntry toEntry(Instant at) {
            Instant started = at.minus(Duration.ofMinutes(minutesBefore));
            return new LedgerEntry(account, DEBTOR, channel, direction, party, point, started, outcome,
                    consentHours == null ? null : started.plus(Duration.ofHours(consentHours)));
        }

    }

    record Case(RulePack pack, DebtorFacts facts, ContactHistory history, List<ActiveHold> holds,
            ContactRequest request) {

        Decision decide() {
            return POLICY.decide(request, pack, facts, history, holds);
        }

    }

    @Property(tries = 1500)
    void agreesWithTheBruteForceRecount(@ForAll("cases") Case c) {
        Decision decision = c.decide();
        Set<String> expected = NaiveOracle.blockingRules(c.request(), c.pack(), c.facts(), c.history(), c.holds());
        assertThat(new HashSet<>(decision.blockingRules())).as(c.toString()).isEqualTo(expected);
        assertThat(decision.allowed()).isEqualTo(expected.isEmpty());
        // the report shows how often each rule blocked, so a generator that never reaches
        // a
        // limit is noticed
        expected.forEach(rule -> Statistics.label("blocking rule").collect(rule));
        Statistics.label("allowed").collect(decision.allowed());
    }

    @Property(tries = 1500)
    void nextAllowedAtIsAllowedAndNothingEarlierIs(@ForAll("cases") Case c) {
        Decision decision = c.decide();
        if (decision.allowed()) {
            assertThat(decision.nextAllowedAt()).isEqualTo(c.request().at());
            return;
        }
        Instant next = decision.nextAllowedAt();
        if (next == null) {
            return;
        }
        assertThat(next).isAfter(c.request().at());
        Case later = new Case(c.pack(), c.facts(), c.history(), c.holds(), c.request().at(next));
        assertThat(later.decide().allowed()).as(c + " at " + next).isTrue();
        assertThat(NaiveOracle.blockingRules(later.request(), c.pack(), c.facts(), c.history(), c.holds())).isEmpty();
        Instant justBefore = next.minusSeconds(1);
        if (justBefore.isAfter(c.request().at())) {
            assertThat(
                    NaiveOracle.blockingRules(c.request().at(justBefore), c.pack(), c.facts(), c.history(), c.holds()))
                .as(c + " just before " + next)
                .isNotEmpty();
        }
    }

    @Property(tries = 500)
    void entriesOlderThanTheLookbackNeverChangeTheDecision(@ForAll("cases") Case c,
            @ForAll("drafts") List<Draft> older) {
        Instant edge = c.request().at().minus(POLICY.lookback());
        List<LedgerEntry> entries = new ArrayList<>(c.history().entries());
        for (Draft d : older) {
            // push each generated entry to before the look-back edge
            entries.add(d.toEntry(edge.minus(Duration.ofMinutes(1))));
        }
        ContactHistory more = new ContactHistory(entries, c.history().thirdPartyContactsEver(),
                c.history().refusedThirdParties());
        Case withOlder = new Case(c.pack(), c.facts(), more, c.holds(), c.request());
        assertThat(withOlder.decide()).isEqualTo(c.decide());
    }

    @Property(tries = 1000)
    void theRequestsOwnLookbackDecidesLikeTheWholeLookback(@ForAll("cases") Case c) {
        Instant edge = c.request().at().minus(POLICY.lookback(c.request(), c.pack()));
        List<LedgerEntry> slice = c.history().entries().stream().filter(e -> !e.startedAt().isBefore(edge)).toList();
        ContactHistory narrow = new ContactHistory(slice, c.history().thirdPartyContactsEver(),
                c.history().refusedThirdParties());
        Case narrowed = new Case(c.pack(), c.facts(), narrow, c.holds(), c.request());
        assertThat(narrowed.decide()).isEqualTo(c.decide());
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Instant> at = Combinators
            .combine(Arbitraries.of(BASES), Arbitraries.integers().between(0, 4 * 24 * 60),
                    Arbitraries.integers().between(0, 59))
            .as((base, minutes, seconds) -> base.plus(Duration.ofMinutes(minutes)).plusSeconds(seconds));
        Arbitrary<Set<ZoneId>> zones = Arbitraries.of(ZONES).set().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Set<UUID>> invalid = Arbitraries.of(MOBILE, HOME).set();
        Arbitrary<String> state = Arbitraries.of("MA", "NY", "Massachusetts").injectNull(0.4);
        Arbitrary<DebtorFacts> facts = Combinators.combine(zones, invalid, state)
            .as((z, bad, s) -> new DebtorFacts(z, Set.of(MOBILE, HOME), bad, s));
        Arbitrary<Map<UUID, Integer>> thirdPartyContacts = Arbitraries.integers()
            .between(0, 2)
            .map(n -> Map.of(FRIEND, n));
        return Combinators.combine(packs(), facts, drafts(), thirdPartyContacts, holds(), requests(), at)
            .as((pack, f, drafts, contacts, holds, request, when) -> {
                List<LedgerEntry> entries = drafts.stream().map(d -> d.toEntry(when)).toList();
                // a correct caller keeps refusals for good, so pass the ones we generated
                Set<UUID> refused = new HashSet<>();
                entries.stream()
                    .filter(e -> e.party() == Party.THIRD_PARTY && e.contactPointId() != null
                            && (e.outcome() == Outcome.REFUSED_TO_PAY || e.outcome() == Outcome.CEASE_REQUEST)
                            && e.startedAt().isBefore(when.minus(Duration.ofDays(20))))
                    .forEach(e -> refused.add(e.contactPointId()));
                return new Case(pack, f, new ContactHistory(entries, contacts, refused), holds, request.at(when));
            });
    }

    @Provide
    Arbitrary<List<Draft>> drafts() {
        // most entries in the last three days, so that the daily caps are reached
        Arbitrary<Integer> minutesBefore = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(1, 3 * 24 * 60)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 10 * 24 * 60)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 40 * 24 * 60)));
        Arbitrary<Channel> channel = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.just(Channel.CALL)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(Channel.class)));
        Arbitrary<Direction> direction = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just(Direction.OUTBOUND)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Direction.INBOUND)));
        Arbitrary<Party> party = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.just(Party.DEBTOR)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Party.THIRD_PARTY)));
        Arbitrary<UUID> point = Arbitraries.of(MOBILE, HOME, FRIEND).injectNull(0.05);
        Arbitrary<Outcome> outcome = Arbitraries.of(Outcome.class);
        Arbitrary<UUID> account = Arbitraries.of(ACCOUNT, ACCOUNT, OTHER_ACCOUNT);
        Arbitrary<Integer> consent = Arbitraries.integers().between(1, 300).injectNull(0.9);
        return Combinators.combine(minutesBefore, channel, direction, party, point, outcome, account, consent)
            .as(Draft::new)
            .list()
            .ofMaxSize(50);
    }

    private Arbitrary<RulePack> packs() {
        Arbitrary<RulePack> cn = Arbitraries.of(RulePacks.cn(),
                RulePacks.cn().tightenedBy(PackSettings.inherit().withWindow(LocalTime.of(9, 0), LocalTime.of(21, 0))),
                RulePacks.cn().tightenedBy(PackSettings.inherit().withCnCaps(2, 3).withCnMinimums(4, 3)));
        Arbitrary<RulePack> us = Arbitraries.of(RulePacks.us(),
                RulePacks.us().tightenedBy(PackSettings.inherit().withUs(5, 10, null, 1)));
        Arbitrary<RulePack> gb = Combinators
            .combine(Arbitraries.integers().between(1, 4).injectNull(0.3),
                    Arbitraries.integers().between(2, 10).injectNull(0.3))
            .as((day, week) -> RulePacks.gb().tightenedBy(PackSettings.inherit().withGbCaps(day, week)));
        return Arbitraries.oneOf(cn, us, gb);
    }

    private Arbitrary<List<ActiveHold>> holds() {
        Arbitrary<ActiveHold> hold = Arbitraries.of(ActiveHold.of(HoldType.DISPUTE), ActiveHold.of(HoldType.CEASE),
                ActiveHold.of(HoldType.BANKRUPTCY), ActiveHold.doNotCall(MOBILE), ActiveHold.doNotCall(null),
                ActiveHold.optOut(Channel.SMS, null), ActiveHold.optOut(Channel.EMAIL, HOME),
                ActiveHold.optOut(null, FRIEND));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(7, Arbitraries.just(List.<ActiveHold>of())),
                net.jqwik.api.Tuple.of(3, hold.list().ofMaxSize(2)));
    }

    private Arbitrary<ContactRequest> requests() {
        Arbitrary<Channel> channel = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(7, Arbitraries.just(Channel.CALL)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(Channel.class)));
        Arbitrary<Direction> direction = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.just(Direction.OUTBOUND)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Direction.INBOUND)));
        Arbitrary<Party> party = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.just(Party.DEBTOR)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Party.THIRD_PARTY)));
        Arbitrary<UUID> point = Arbitraries.of(MOBILE, HOME, FRIEND).injectNull(0.1);
        Arbitrary<Integer> collectors = Arbitraries.integers().between(0, 3).injectNull(0.3);
        return Combinators.combine(channel, direction, party, point, collectors)
            .as((ch, dir, p, cp, n) -> new ContactRequest(ACCOUNT, DEBTOR, ch, dir, p, cp, BASES.get(0), n));
    }

}
