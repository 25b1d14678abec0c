package io.recoverydesk.compliance.policy;

import java.time.LocalTime;

/**
 * Merges a tenant's overrides into a pack, refusing any that loosens it: the law's number
 * is a floor the tenant can raise, never lower.
 */
final class Tightening {

    private Tightening() {
    }

    static PackSettings apply(PackSettings pack, PackSettings tenant) {
        LocalTime start = notEarlier(pack.windowStart(), tenant.windowStart());
        LocalTime end = notLater(pack.windowEnd(), tenant.windowEnd());
        if (start != null && end != null && !start.isBefore(end)) {
            throw new IllegalArgumentException(
                    "windowStart " + start + " must be before windowEnd " + end + ": no time would be left");
        }
        return new PackSettings(start, end,
                cap("cnConversationsPerDay", pack.cnConversationsPerDay(), tenant.cnConversationsPerDay()),
                cap("cnUnansweredPerNumberPerDay", pack.cnUnansweredPerNumberPerDay(),
                        tenant.cnUnansweredPerNumberPerDay()),
                minimum("cnThirdPartyAfterFailedAttempts", pack.cnThirdPartyAfterFailedAttempts(),
                        tenant.cnThirdPartyAfterFailedAttempts()),
                minimum("cnVisitMinCollectors", pack.cnVisitMinCollectors(), tenant.cnVisitMinCollectors()),
                cap("usCallsIn7Days", pack.usCallsIn7Days(), tenant.usCallsIn7Days()),
                minimum("usAfterConversationDays", pack.usAfterConversationDays(), tenant.usAfterConversationDays()),
                cap("usThirdPartyContactsPerParty", pack.usThirdPartyContactsPerParty(),
                        tenant.usThirdPartyContactsPerParty()),
                cap("usMaCallsIn7Days", pack.usMaCallsIn7Days(), tenant.usMaCallsIn7Days()),
                cap("gbCallsPerDay", pack.gbCallsPerDay(), tenant.gbCallsPerDay()),
                cap("gbCallsIn7Days", pack.gbCallsIn7Days(), tenant.gbCallsIn7Days()));
    }

    private static LocalTime notEarlier(LocalTime pack, LocalTime tenant) {
        if (tenant == null) {
            return pack;
        }
        if (pack != null && tenant.isBefore(pack)) {
            throw new IllegalArgumentException(
                    "windowStart " + tenant + " would widen the pack's window, which starts at " + pack);
        }
        return tenant;
    }

    private static LocalTime notLater(LocalTime pack, LocalTime tenant) {
        if (tenant == null) {
            return pack;
        }
        if (pack != null && tenant.isAfter(pack)) {
            throw new IllegalArgumentException(
                    "windowEnd " + tenant + " would widen the pack's window, which ends at " + pack);
        }
        return tenant;
    }

    /** A pack cap that is off (null) may be switched on at any value. */
    private static Integer cap(String field, Integer pack, Integer tenant) {
        if (tenant == null) {
            return pack;
        }
        if (pack != null && tenant > pack) {
            throw new IllegalArgumentException(field + " " + tenant + " would loosen the pack's limit of " + pack);
        }
        return tenant;
    }

    private static Integer minimum(String field, Integer pack, Integer tenant) {
        if (tenant == null) {
            return pack;
        }
        if (pack != null && tenant < pack) {
            throw new IllegalArgumentException(field + " " + tenant + " would loosen the pack's minimum of " + pack);
        }
        return tenant;
    }

}
