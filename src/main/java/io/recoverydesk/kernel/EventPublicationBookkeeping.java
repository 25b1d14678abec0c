package io.recoverydesk.kernel;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How Spring Modulith's event registry keeps its books here: no PROCESSING mark (ADR
 * 0021) and, when completed publications are deleted
 * ({@code spring.modulith.events.completion-mode: delete}, the application's setting),
 * deleted in batches off the listener's thread (ADR 0022).
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationBookkeeping {

    @Bean
    static PublicationBookkeeping publicationBookkeeping() {
        return new PublicationBookkeeping();
    }

    @Bean
    @ConditionalOnProperty(name = "spring.modulith.events.completion-mode", havingValue = "delete")
    CompletedPublicationDeletes completedPublicationDeletes(EventPublicationRepository repository,
            PlatformTransactionManager transactions, DatabaseVendor vendor) {
        return new CompletedPublicationDeletes(repository, new TransactionTemplate(transactions), vendor,
                Duration.ofMillis(100), Duration.ofSeconds(1));
    }

}
