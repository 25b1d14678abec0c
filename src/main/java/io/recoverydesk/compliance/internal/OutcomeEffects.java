package io.recoverydesk.compliance.internal;

import java.util.Map;

import io.recoverydesk.compliance.ContactDoor;
import io.recoverydesk.compliance.ContactRecorded;
import io.recoverydesk.compliance.policy.HoldType;
import io.recoverydesk.compliance.policy.Outcome;
import io.recoverydesk.compliance.policy.Party;
import io.recoverydesk.portfolio.AccountDirectory;
import io.recoverydesk.kernel.web.Formats;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What an outcome means for the account: a dispute, a cease request, a bankruptcy or a
 * death puts the matching hold (so the door stops the next contact at once); a wrong or
 * dead number marks that contact point invalid.
 */
@Component
class OutcomeEffects {

    static final Map<Outcome, HoldType> HOLDS = Map.of(Outcome.DISPUTE, HoldType.DISPUTE, Outcome.CEASE_REQUEST,
            HoldType.CEASE, Outcome.BANKRUPTCY, HoldType.BANKRUPTCY, Outcome.DECEASED, HoldType.DECEASED);

    private final HoldDesk holdDesk;

    private final Holds holds;

    private final AccountDirectory accounts;

    OutcomeEffects(HoldDesk holdDesk, Holds holds, AccountDirectory accounts) {
        this.holdDesk = holdDesk;
        this.holds = holds;
        this.accounts = accounts;
    }

    @EventListener
    void on(ContactRecorded event) {
        ContactDoor.Recorded contact = event.contact();
        HoldType hold = HOLDS.get(contact.outcome());
        if (hold != null && contact.party() == Party.DEBTOR) {
            boolean held = holds.active(event.recordedBy().tenantId(), contact.accountId())
                .stream()
                .anyMatch(h -> h.type() == hold);
            if (!held) {
                holdDesk.place(event.recordedBy(), contact.accountId(), new HoldDesk.Request(hold,
                        Formats.HOLD_BY_OUTCOME.format(contact.outcome(), contact.id()), null, null));
            }
        }
        if ((contact.outcome() == Outcome.WRONG_NUMBER || contact.outcome() == Outcome.NUMBER_INVALID)
                && contact.party() == Party.DEBTOR && contact.contactPointId() != null) {
            accounts.markContactPointInvalid(event.recordedBy(), contact.accountId(), contact.contactPointId(),
                    Formats.HOLD_BY_OUTCOME.format(contact.outcome(), contact.id()));
        }
    }

}
