package io.recoverydesk.kernel;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.stereotype.Component;

/**
 * Completed event publications are deleted when their listener completes (ADR 0021); a
 * database from before kept them all. Those are deleted once the application is ready (a
 * no-op afterwards: none are left).
 */
@Component
class CompletedPublicationsAtStart {

    private static final Logger log = LoggerFactory.getLogger(CompletedPublicationsAtStart.class);

    private final ObjectProvider<CompletedEventPublications> completed;

    CompletedPublicationsAtStart(ObjectProvider<CompletedEventPublications> completed) {
        this.completed = completed;
    }

    @EventListener(ApplicationReadyEvent.class)
    void deleteKeptPublications() {
        CompletedEventPublications publications = completed.getIfAvailable();
        if (publications == null) {
            return;
        }
        try {
            publications.deletePublicationsOlderThan(Duration.ZERO);
        }
        catch (RuntimeException ex) {
            log.warn("Deleting completed event publications failed: {}", ex.toString());
        }
    }

}
