package io.recoverydesk.compliance.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Complaints feed QA: the contact a complaint is about — the latest one with the account
 * before the complaint, by the agent concerned when named — goes to the review queue.
 */
@Component
class QaComplaintFeed {

    private final ContactLedger ledger;

    private final QaSampler sampler;

    QaComplaintFeed(ContactLedger ledger, QaSampler sampler) {
        this.ledger = ledger;
        this.sampler = sampler;
    }

    @EventListener
    void on(ComplaintReceived complaint) {
        ledger.latestContactBefore(complaint.tenant(), complaint.accountId(), complaint.agent(), complaint.receivedAt())
            .ifPresent(contact -> sampler.queueContact(complaint.tenant(), complaint.actor(), contact,
                    QaSampling.COMPLAINT));
    }

}
