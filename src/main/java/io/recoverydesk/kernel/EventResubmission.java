package io.recoverydesk.kernel;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands events whose listener failed (a lock timeout, a node that stopped mid-way) to
 * their listeners again once they are older than {@code rd.events.resubmit-after}:
 * promises are evaluated, write-offs made and system tasks created even when the first
 * delivery failed. Every listener is idempotent, so a second delivery — another node
 * resubmitting the same event at the same time included — changes nothing.
 */
@Component
class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    private final ObjectProvider<IncompleteEventPublications> incomplete;

    private final Duration olderThan;

    EventResubmission(ObjectProvider<IncompleteEventPublications> incomplete,
            @Value("${rd.events.resubmit-after:5m}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${rd.events.resubmit-every:5m}",
            initialDelayString = "${rd.events.resubmit-every:5m}")
    void resubmit() {
        IncompleteEventPublications publications = incomplete.getIfAvailable();
        if (publications == null) {
            return;
        }
        try {
            publications.resubmitIncompletePublicationsOlderThan(olderThan);
        }
        catch (RuntimeException ex) {
            log.warn("Resubmitting incomplete event publications failed: {}", ex.toString());
        }
    }

}
