package io.recoverydesk.kernel;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * What differs between the databases the application runs on (PostgreSQL in production,
 * H2 for the demo and tests), asked once.
 */
@Component
public class DatabaseVendor {

    private final DataSource dataSource;

    private volatile Boolean postgres;

    public DatabaseVendor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the database is PostgreSQL. */
    public boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
                postgres = known;
            }
            catch (SQLException ex) {
                throw new IllegalStateException(ex);
            }
            finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
        return known;
    }

    /**
     * PostgreSQL: the current transaction's commit does not wait for its WAL to reach the
     * disk ({@code synchronous_commit = off} for this transaction only). Only for work
     * that is done again when a crash loses it — a chunk of a run that resumes from its
     * cursor, a durable event listener whose publication stays incomplete until a later,
     * synchronous commit marks it (that commit flushes the WAL past this one). No-op
     * elsewhere.
     */
    public void commitWithoutWaitingForFlush() {
        if (!postgres()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local synchronous_commit = off");
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

}
