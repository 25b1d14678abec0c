package io.recoverydesk.compliance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.recoverydesk.compliance.ContactDoor;
import io.recoverydesk.compliance.policy.Channel;
import io.recoverydesk.compliance.policy.Party;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.portfolio.AccountDirectory;
import io.recoverydesk.portfolio.AccountDirectory.PointLabel;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the compliance panel of the account page shows: the door's verdict per contact
 * point and channel, the holds, the debtor's local time and the latest contacts.
 */
@Component
class AccountCompliancePanel {

    private final ContactDoor door;

    private final AccountDirectory accounts;

    private final ContactLedger ledger;

    private final Holds holds;

    private final Tenants tenants;

    private final Clock clock;

    AccountCompliancePanel(ContactDoor door, AccountDirectory accounts, ContactLedger ledger, Holds holds,
            Tenants tenants, Clock clock) {
        this.door = door;
        this.accounts = accounts;
        this.ledger = ledger;
        this.holds = holds;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** One line of the verdict table. */
    record VerdictRow(UUID pointId, String label, String kind, boolean valid, Channel channel,
            ContactDoor.Verdict verdict) {
    }

    /** A ledger entry with the contact point's masked label. */
    record ContactRow(ContactDoor.Recorded contact, String pointLabel) {
    }

    /** A zone with the debtor's local time there now. */
    record LocalTime(String zone, ZonedDateTime now) {
    }

    void fill(CurrentUser user, UUID accountId, Model model) {
        List<PointLabel> points = accounts.visibleContactPoints(user, accountId);
        Instant now = clock.instant();
        List<VerdictRow> verdicts = new ArrayList<>();
        for (PointLabel point : points) {
            for (Channel channel : channels(point.kind())) {
                ContactDoor.Verdict verdict = door.check(user, new ContactDoor.Check(accountId, channel, point.id(),
                        Party.DEBTOR, now, channel == Channel.VISIT ? 2 : null));
                verdicts.add(new VerdictRow(point.id(), point.label(), point.kind(), point.valid(), channel, verdict));
            }
        }
        if (points.isEmpty()) {
            ContactDoor.Verdict verdict = door.check(user,
                    new ContactDoor.Check(accountId, Channel.CALL, null, Party.DEBTOR, now, null));
            verdicts.add(new VerdictRow(null, "—", "PHONE", true, Channel.CALL, verdict));
        }
        Map<UUID, String> labels = points.stream().collect(Collectors.toMap(PointLabel::id, PointLabel::label));
        ZoneId tenantZone = tenants.get(user.tenantId()).zone();
        model.addAttribute("accountId", accountId);
        model.addAttribute("pack", verdicts.get(0).verdict().pack());
        model.addAttribute("verdicts", verdicts);
        model.addAttribute("localTimes", localTimes(user, accountId, now));
        model.addAttribute("holds", holds.all(user.tenantId(), accountId));
        model.addAttribute("contacts",
                ledger.ofAccount(user.tenantId(), accountId, 20, 0)
                    .stream()
                    .map(c -> new ContactRow(c,
                            c.contactPointId() == null ? "—" : labels.getOrDefault(c.contactPointId(), "—")))
                    .toList());
        model.addAttribute("contactTotal", ledger.countOfAccount(user.tenantId(), accountId));
        model.addAttribute("points", points);
        model.addAttribute("zone", tenantZone.getId());
        model.addAttribute("now", now);
    }

    private List<LocalTime> localTimes(CurrentUser user, UUID accountId, Instant now) {
        var facts = accounts.contactFacts(user.tenantId(), accountId).orElseThrow();
        DoorSubject subject = DoorSubject.of(facts, tenants.get(user.tenantId()).country());
        var zones = subject.debtor().zones().isEmpty()
                ? io.recoverydesk.compliance.policy.ZoneResolver.countryZones(subject.country())
                : subject.debtor().zones();
        return zones.stream()
            .map(z -> new LocalTime(z.getId(), now.atZone(z)))
            .sorted(Comparator.comparing(LocalTime::zone))
            .limit(8)
            .toList();
    }

    private static List<Channel> channels(String kind) {
        return switch (kind) {
            case "PHONE" -> List.of(Channel.CALL, Channel.SMS);
            case "EMAIL" -> List.of(Channel.EMAIL);
            default -> List.of(Channel.LETTER, Channel.VISIT);
        };
    }

}
