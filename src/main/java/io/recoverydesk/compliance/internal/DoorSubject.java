package io.recoverydesk.compliance.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.recoverydesk.compliance.policy.Channel;
import io.recoverydesk.compliance.policy.DebtorFacts;
import io.recoverydesk.compliance.policy.Party;
import io.recoverydesk.compliance.policy.ZoneResolver;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.portfolio.AccountDirectory.ContactFacts;
import io.recoverydesk.portfolio.AccountDirectory.ContactPoint;

/**
 * Who a contact is about, as the rules see them: the debtor's contact points, the country
 * whose pack applies and the local zones.
 */
record DoorSubject(ContactFacts facts, String country, String packCode, DebtorFacts debtor) {

    private static final ZoneResolver ZONES = new ZoneResolver();

    static DoorSubject of(ContactFacts facts, String tenantCountry) {
        ContactPoint address = facts.contactPoints()
            .stream()
            .filter(cp -> cp.kind().equals("ADDRESS") && cp.country() != null)
            .findFirst()
            .orElse(null);
        String country = address != null ? address.country() : tenantCountry;
        String pack = ComplianceSettings.PACKS.contains(country) ? country
                : ComplianceSettings.PACKS.contains(tenantCountry) ? tenantCountry : "CN";
        List<ContactPoint> phones = facts.contactPoints().stream().filter(cp -> cp.kind().equals("PHONE")).toList();
        Set<UUID> phoneIds = phones.stream().map(ContactPoint::id).collect(Collectors.toSet());
        Set<UUID> invalid = phones.stream().filter(cp -> !cp.valid()).map(ContactPoint::id).collect(Collectors.toSet());
        String province = address == null ? null : address.province();
        DebtorFacts debtor = new DebtorFacts(
                ZONES.zonesFor(country, province, phones.stream().map(ContactPoint::value).toList()), phoneIds, invalid,
                "US".equals(country) ? province : null);
        return new DoorSubject(facts, country, pack, debtor);
    }

    UUID debtorId() {
        return facts.debtorId();
    }

    /**
     * A debtor's contact point must be theirs and fit the channel; a third party's is
     * that person's own id, never one of the debtor's.
     */
    void requireFits(UUID contactPointId, Channel channel, Party party) {
        if (contactPointId == null) {
            return;
        }
        ContactPoint point = facts.contactPoints()
            .stream()
            .filter(cp -> cp.id().equals(contactPointId))
            .findFirst()
            .orElse(null);
        if (party == Party.THIRD_PARTY) {
            if (point != null) {
                throw new BusinessRuleException("wrong-party",
                        "Contact point " + contactPointId + " is the debtor's own, not a third party's.");
            }
            return;
        }
        if (point == null) {
            throw new BusinessRuleException("unknown-contact-point",
                    "Contact point " + contactPointId + " is not one of this debtor's.");
        }
        String expected = switch (channel) {
            case CALL, SMS -> "PHONE";
            case EMAIL -> "EMAIL";
            case LETTER, VISIT -> "ADDRESS";
        };
        if (!point.kind().equals(expected)) {
            throw new BusinessRuleException("wrong-channel",
                    "A " + channel + " goes to a " + expected + " contact point, not a " + point.kind() + ".");
        }
    }

}
