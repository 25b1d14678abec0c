package io.recoverydesk.compliance.policy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Ids, zones and one-line ledger entries shared by the rule tests. */
final class Fixtures {

    static final UUID ACCOUNT = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    static final UUID OTHER_ACCOUNT = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    static final UUID DEBTOR = UUID.fromString("00000000-0000-0000-0000-0000000000d1");

    static final UUID MOBILE = UUID.fromString("00000000-0000-0000-0000-000000000001");

    static final UUID HOME = UUID.fromString("00000000-0000-0000-0000-000000000002");

    static final UUID FRIEND = UUID.fromString("00000000-0000-0000-0000-000000000003");

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final ContactPolicy POLICY = new ContactPolicy();

    private Fixtures() {
    }

    static Instant local(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    /** An outbound call to the debtor's mobile about ACCOUNT. */
    static LedgerEntry call(Instant at, Outcome outcome) {
        return new LedgerEntry(ACCOUNT, DEBTOR, Channel.CALL, Direction.OUTBOUND, Party.DEBTOR, MOBILE, at, outcome,
                null);
    }

    static LedgerEntry callTo(UUID number, Instant at, Outcome outcome) {
        return new LedgerEntry(ACCOUNT, DEBTOR, Channel.CALL, Direction.OUTBOUND, Party.DEBTOR, number, at, outcome,
                null);
    }

    static LedgerEntry callAbout(UUID account, Instant at, Outcome outcome) {
        return new LedgerEntry(account, DEBTOR, Channel.CALL, Direction.OUTBOUND, Party.DEBTOR, MOBILE, at, outcome,
                null);
    }

    static LedgerEntry inboundCall(Instant at, Outcome outcome) {
        return new LedgerEntry(ACCOUNT, DEBTOR, Channel.CALL, Direction.INBOUND, Party.DEBTOR, MOBILE, at, outcome,
                null);
    }

    static LedgerEntry consentCall(Instant at, Outcome outcome, Instant until) {
        return new LedgerEntry(ACCOUNT, DEBTOR, Channel.CALL, Direction.OUTBOUND, Party.DEBTOR, MOBILE, at, outcome,
                until);
    }

    static LedgerEntry thirdPartyCall(UUID number, Instant at, Outcome outcome) {
        return new LedgerEntry(ACCOUNT, DEBTOR, Channel.CALL, Direction.OUTBOUND, Party.THIRD_PARTY, number, at,
                outcome, null);
    }

    static ContactRequest callMobile(Instant at) {
        return ContactRequest.callDebtor(ACCOUNT, DEBTOR, MOBILE, at);
    }

    static ContactRequest request(Channel channel, Party party, UUID point, Instant at) {
        return new ContactRequest(ACCOUNT, DEBTOR, channel, Direction.OUTBOUND, party, point, at, null);
    }

    static DebtorFacts facts(ZoneId... zones) {
        return new DebtorFacts(Set.of(zones), Set.of(MOBILE, HOME), Set.of(), null);
    }

    static Decision decide(ContactRequest request, RulePack pack, DebtorFacts facts, List<LedgerEntry> entries) {
        return POLICY.decide(request, pack, facts, new ContactHistory(entries, Map.of()), List.of());
    }

    static Decision decide(ContactRequest request, RulePack pack, ZoneId zone, List<LedgerEntry> entries) {
        return decide(request, pack, facts(zone), entries);
    }

}
