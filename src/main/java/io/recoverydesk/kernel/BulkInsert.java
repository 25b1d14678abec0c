package io.recoverydesk.kernel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Inserts many rows into a table in the caller's transaction: on PostgreSQL by binary
 * {@code COPY} (one stream, no statement per row), elsewhere (H2) by a JDBC batch. Both
 * fail as a whole on a constraint (a key that exists): the caller's transaction rolls
 * back, nothing is half written.
 */
@Component
public class BulkInsert {

    private final DataSource dataSource;

    private final JdbcTemplate template;

    private final DatabaseVendor vendor;

    public BulkInsert(DataSource dataSource, JdbcTemplate template, DatabaseVendor vendor) {
        this.dataSource = dataSource;
        this.template = template;
        this.vendor = vendor;
    }

    /** The columns of a table, named as in SQL, with their types for binary copy. */
    public record Columns(String names, PgBinaryCopy types) {

        public Columns(String names, PgBinaryCopy.Type... types) {
            this(names, new PgBinaryCopy(types));
        }

    }

    /**
     * Inserts {@code rows} (values in the order of {@code columns}) into {@code table};
     * answers how many.
     */
    public int insert(String table, Columns columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (vendor.postgres()) {
                return (int) connection.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns.names() + ") FROM STDIN WITH (FORMAT binary)",
                            new ByteArrayInputStream(columns.types().encode(rows)));
            }
        }
        catch (SQLException ex) {
            RuntimeException translated = template.getExceptionTranslator().translate("COPY " + table, null, ex);
            throw (translated != null) ? translated
                    : new IllegalStateException("copying " + rows.size() + " rows into " + table + " failed", ex);
        }
        catch (IOException ex) {
            throw new IllegalStateException("copying " + rows.size() + " rows into " + table + " failed", ex);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        String marks = String.join(", ", Collections.nCopies(rows.get(0).length, "?"));
        int[] counts = template
            .batchUpdate("insert into " + table + " (" + columns.names() + ") values (" + marks + ")", rows);
        return counts.length;
    }

}
