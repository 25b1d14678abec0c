package io.recoverydesk.kernel;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * The application's transaction manager: Spring Boot's own
 * ({@link JdbcTransactionManager} with its customizers), except that on PostgreSQL Spring
 * Modulith's bookkeeping commit — marking an event publication completed once its
 * listener ran — does not wait for the WAL flush. Losing it in a crash only makes a
 * listener run again (the publication is still incomplete at restart), and every listener
 * here evaluates the same facts again; the business changes themselves commit as before.
 */
@Configuration(proxyBeanMethods = false)
class EventRegistryCommits {

    /**
     * Modulith's registry methods (each its own transaction) whose commit may skip the
     * flush.
     */
    static final Set<String> BOOKKEEPING = Set
        .of("org.springframework.modulith.events.core.DefaultEventPublicationRegistry.markCompleted");

    /** Modulith's PROCESSING mark is not written (ADR 0021). */
    @Bean
    static PublicationsWithoutProcessingMark publicationsWithoutProcessingMark() {
        return new PublicationsWithoutProcessingMark();
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource,
            ObjectProvider<TransactionManagerCustomizers> customizers) {
        Manager manager = new Manager(dataSource);
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }

    static final class Manager extends JdbcTransactionManager {

        private volatile Boolean postgres;

        Manager(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
                throws SQLException {
            super.prepareTransactionalConnection(connection, definition);
            if (definition.getName() != null && BOOKKEEPING.contains(definition.getName()) && postgres(connection)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local synchronous_commit = off");
                }
            }
        }

        private boolean postgres(Connection connection) throws SQLException {
            Boolean known = postgres;
            if (known == null) {
                known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
                postgres = known;
            }
            return known;
        }

    }

}
