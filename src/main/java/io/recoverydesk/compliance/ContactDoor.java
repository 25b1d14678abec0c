package io.recoverydesk.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.compliance.policy.Channel;
import io.recoverydesk.compliance.policy.Direction;
import io.recoverydesk.compliance.policy.Outcome;
import io.recoverydesk.compliance.policy.Party;
import io.recoverydesk.identity.CurrentUser;

/**
 * The one door for contacts: asks the rules before a contact and records it after. No
 * other code writes the contact ledger.
 */
public interface ContactDoor {

    /** What the rules say about a contact at {@code at} (null = now). */
    Verdict check(CurrentUser user, Check check);

    /**
     * Records a contact. A live one (no start time, or within the last five minutes) that
     * the rules forbid is refused with {@link ContactBlockedException} and not recorded;
     * one reported after the fact is always recorded, with the rules it broke.
     */
    Recorded record(CurrentUser user, Report report);

    /** A contact someone wants to make. */
    record Check(UUID accountId, Channel channel, UUID contactPointId, Party party, Instant at, Integer collectors) {
    }

    /** A rule that blocks, with its English message and a key for translation. */
    record Blocking(String rule, String message, String messageKey, List<Object> args) {
    }

    /** The door's answer. */
    record Verdict(boolean allowed, List<Blocking> reasons, Instant nextAllowedAt, Map<String, Integer> remaining,
            String pack) {
    }

    /**
     * A contact that happened or is happening; {@code callbackAt} (optional) is the next
     * action agreed in it: casework creates a callback task for the recording agent then.
     */
    record Report(UUID accountId, Channel channel, Direction direction, UUID contactPointId, Party party,
            Instant startedAt, Outcome outcome, Integer durationSeconds, String notes, Instant consentToCallUntil,
            Integer collectors, String externalId, Instant callbackAt) {

        /** A report without a next action. */
        public Report(UUID accountId, Channel channel, Direction direction, UUID contactPointId, Party party,
                Instant startedAt, Outcome outcome, Integer durationSeconds, String notes, Instant consentToCallUntil,
                Integer collectors, String externalId) {
            this(accountId, channel, direction, contactPointId, party, startedAt, outcome, durationSeconds, notes,
                    consentToCallUntil, collectors, externalId, null);
        }

    }

    /**
     * A ledger entry as recorded; {@code violations} are the rules a reported contact
     * broke, {@code noteFindings} the scanner's categories found in the notes (flagged
     * for QA).
     */
    record Recorded(UUID id, UUID accountId, Channel channel, Direction direction, UUID contactPointId, Party party,
            Instant startedAt, Outcome outcome, Integer durationSeconds, String notes, boolean reported,
            List<String> violations, List<String> noteFindings, String recordedBy, Instant recordedAt,
            boolean created) {
    }

    /** A live contact the rules forbid. */
    final class ContactBlockedException extends RuntimeException {

        private final Verdict verdict;

        public ContactBlockedException(Verdict verdict) {
            super("The contact is not allowed now: "
                    + String.join("; ", verdict.reasons().stream().map(b -> b.rule() + " " + b.message()).toList()));
            this.verdict = verdict;
        }

        public Verdict verdict() {
            return verdict;
        }

    }

}
