package io.recoverydesk.compliance.policy;

import java.time.LocalTime;

/**
 * The numbers of a rule pack. A null number means "off" in a pack and "inherit the pack"
 * in a tenant's overrides ({@link #inherit()}); each pack only reads its own numbers.
 *
 * <p>
 * Caps (higher is looser): conversations, unanswered attempts, calls, third-party
 * contacts. Minimums (lower is looser): failed attempts before a third party, collectors
 * on a visit, days of quiet after a conversation. The window may only shrink.
 *
 * @param windowStart first allowed local time (inclusive)
 * @param windowEnd end of the allowed local time (exclusive: a call at 21:00 would run
 * past 21:00)
 */
public record PackSettings(LocalTime windowStart, LocalTime windowEnd, Integer cnConversationsPerDay,
        Integer cnUnansweredPerNumberPerDay, Integer cnThirdPartyAfterFailedAttempts, Integer cnVisitMinCollectors,
        Integer usCallsIn7Days, Integer usAfterConversationDays, Integer usThirdPartyContactsPerParty,
        Integer usMaCallsIn7Days, Integer gbCallsPerDay, Integer gbCallsIn7Days) {

    /**
     * The longest quiet period after a conversation a tenant may set: the engine's
     * {@link ContactPolicy#lookback()} is sized for it.
     */
    public static final int MAX_AFTER_CONVERSATION_DAYS = 14;

    public PackSettings {
        if (windowStart != null && windowEnd != null && !windowStart.isBefore(windowEnd)) {
            throw new IllegalArgumentException("windowStart " + windowStart + " must be before windowEnd " + windowEnd);
        }
        nonNegative("cnConversationsPerDay", cnConversationsPerDay);
        nonNegative("cnUnansweredPerNumberPerDay", cnUnansweredPerNumberPerDay);
        nonNegative("cnThirdPartyAfterFailedAttempts", cnThirdPartyAfterFailedAttempts);
        nonNegative("cnVisitMinCollectors", cnVisitMinCollectors);
        nonNegative("usCallsIn7Days", usCallsIn7Days);
        nonNegative("usThirdPartyContactsPerParty", usThirdPartyContactsPerParty);
        nonNegative("usMaCallsIn7Days", usMaCallsIn7Days);
        nonNegative("gbCallsPerDay", gbCallsPerDay);
        nonNegative("gbCallsIn7Days", gbCallsIn7Days);
        if (usAfterConversationDays != null
                && (usAfterConversationDays < 1 || usAfterConversationDays > MAX_AFTER_CONVERSATION_DAYS)) {
            throw new IllegalArgumentException("usAfterConversationDays must be between 1 and "
                    + MAX_AFTER_CONVERSATION_DAYS + ": " + usAfterConversationDays);
        }
    }

    /** Tenant overrides that change nothing. */
    public static PackSettings inherit() {
        return new PackSettings(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * This pack's numbers tightened by a tenant's overrides (null = keep the pack's).
     * @throws IllegalArgumentException naming the first field that would loosen the pack
     */
    public PackSettings tighten(PackSettings tenant) {
        return Tightening.apply(this, tenant);
    }

    public PackSettings withWindow(LocalTime start, LocalTime end) {
        return new PackSettings(start, end, cnConversationsPerDay, cnUnansweredPerNumberPerDay,
                cnThirdPartyAfterFailedAttempts, cnVisitMinCollectors, usCallsIn7Days, usAfterConversationDays,
                usThirdPartyContactsPerParty, usMaCallsIn7Days, gbCallsPerDay, gbCallsIn7Days);
    }

    public PackSettings withCnCaps(Integer conversationsPerDay, Integer unansweredPerNumberPerDay) {
        return new PackSettings(windowStart, windowEnd, conversationsPerDay, unansweredPerNumberPerDay,
                cnThirdPartyAfterFailedAttempts, cnVisitMinCollectors, usCallsIn7Days, usAfterConversationDays,
                usThirdPartyContactsPerParty, usMaCallsIn7Days, gbCallsPerDay, gbCallsIn7Days);
    }

    public PackSettings withCnMinimums(Integer thirdPartyAfterFailedAttempts, Integer visitMinCollectors) {
        return new PackSettings(windowStart, windowEnd, cnConversationsPerDay, cnUnansweredPerNumberPerDay,
                thirdPartyAfterFailedAttempts, visitMinCollectors, usCallsIn7Days, usAfterConversationDays,
                usThirdPartyContactsPerParty, usMaCallsIn7Days, gbCallsPerDay, gbCallsIn7Days);
    }

    public PackSettings withUs(Integer callsIn7Days, Integer afterConversationDays, Integer thirdPartyContacts,
            Integer maCallsIn7Days) {
        return new PackSettings(windowStart, windowEnd, cnConversationsPerDay, cnUnansweredPerNumberPerDay,
                cnThirdPartyAfterFailedAttempts, cnVisitMinCollectors, callsIn7Days, afterConversationDays,
                thirdPartyContacts, maCallsIn7Days, gbCallsPerDay, gbCallsIn7Days);
    }

    public PackSettings withGbCaps(Integer callsPerDay, Integer callsIn7Days) {
        return new PackSettings(windowStart, windowEnd, cnConversationsPerDay, cnUnansweredPerNumberPerDay,
                cnThirdPartyAfterFailedAttempts, cnVisitMinCollectors, usCallsIn7Days, usAfterConversationDays,
                usThirdPartyContactsPerParty, usMaCallsIn7Days, callsPerDay, callsIn7Days);
    }

    private static void nonNegative(String field, Integer value) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + value);
        }
    }

}
