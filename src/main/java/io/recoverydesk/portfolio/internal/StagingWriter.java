package io.recoverydesk.portfolio.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.recoverydesk.kernel.PgBinaryCopy;
import io.recoverydesk.kernel.PgBinaryCopy.Type;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes valid rows into the staging tables in chunks, inside the import's transaction:
 * PostgreSQL's COPY where available, JDBC batches elsewhere.
 */
abstract class StagingWriter {

    static final int CHUNK = 5_000;

    static final String ROW_COLUMNS = "import_id, row_no, creditor_ref, debtor_type, debtor_name, national_id_enc, "
            + "national_id_hash, national_id_last4, birth_date, debtor_key, phone_key, product, currency, principal, "
            + "interest, fees, penalty, original_amount, first_delinquency_date, charge_off_date, last_payment_date, "
            + "last_payment_amount, new_account_id, debtor_first, language";

    static final String CONTACT_COLUMNS = "import_id, row_no, seq, id, kind, contact_value, phone_type, time_zones, country, "
            + "province, city, debtor_key, fresh";

    protected final UUID importId;

    protected final List<StagedRow> chunk = new ArrayList<>(CHUNK);

    /**
     * Debtor keys met so far, with their ids: the first row of each key creates the
     * debtor.
     */
    private final DebtorIds debtorIds = new DebtorIds();

    private final IdSequence accountIds = new IdSequence();

    private final IdSequence contactIds = new IdSequence();

    /**
     * The debtor id of each row of {@link #chunk}, and whether it is the key's first row.
     */
    private final List<DebtorIds.Assigned> debtors = new ArrayList<>(CHUNK);

    StagingWriter(UUID importId) {
        this.importId = importId;
    }

    static StagingWriter forDatabase(boolean postgres, DataSource dataSource, JdbcTemplate jdbc, UUID importId) {
        return postgres ? new Copy(dataSource, importId) : new Batch(jdbc, importId);
    }

    void add(StagedRow row) {
        chunk.add(row);
        debtors.add(debtorIds.assign(row.debtorKey()));
        if (chunk.size() >= CHUNK) {
            writeChunk();
        }
    }

    /** Writes what is left; staging is complete when this returns. */
    void flush() {
        writeChunk();
    }

    private void writeChunk() {
        if (!chunk.isEmpty()) {
            write(chunk);
            chunk.clear();
            debtors.clear();
        }
    }

    protected abstract void write(List<StagedRow> rows);

    /**
     * Stops staging after a failure (the rows written so far roll back with the
     * transaction); waits for a chunk still being written.
     */
    void abandon() {
    }

    static Object[] rowValues(UUID importId, StagedRow r, DebtorIds.Assigned debtor, UUID accountId) {
        return new Object[] { importId, r.rowNo(), r.creditorRef(), r.debtorType(), r.debtorName(), r.nationalIdEnc(),
                r.nationalIdHash(), r.nationalIdLast4(), r.birthDate(), debtor.id(), r.phoneKey(), r.product(),
                r.currency(), r.principal(), r.interest(), r.fees(), r.penalty(), r.originalAmount(),
                r.firstDelinquencyDate(), r.chargeOffDate(), r.lastPaymentDate(), r.lastPaymentAmount(), accountId,
                debtor.first(), r.language() };
    }

    static Object[] contactValues(UUID importId, StagedRow r, int seq, StagedRow.Contact c, UUID id, UUID debtorId,
            boolean fresh) {
        return new Object[] { importId, r.rowNo(), seq, id, c.kind(), c.value(), c.phoneType(), c.timeZones(),
                c.country(), c.province(), c.city(), debtorId, fresh };
    }

    /**
     * Hands each row's values, then each of its contact points' values, to the two
     * consumers. New accounts and contact points get their ids here, in file order (like
     * the debtors'), so that each table's primary key grows at one end.
     */
    protected void eachValues(List<StagedRow> rows, java.util.function.Consumer<Object[]> rowSink,
            java.util.function.Consumer<Object[]> contactSink) {
        for (int n = 0; n < rows.size(); n++) {
            StagedRow r = rows.get(n);
            DebtorIds.Assigned debtor = debtors.get(n);
            rowSink.accept(rowValues(importId, r, debtor, accountIds.next()));
            for (int i = 0; i < r.contacts().size(); i++) {
                StagedRow.Contact c = r.contacts().get(i);
                // fresh: brought by the debtor's first row, and not a repeat within it
                boolean fresh = debtor.first() && !repeatsEarlier(r.contacts(), i);
                contactSink.accept(contactValues(importId, r, i, c, contactIds.next(), debtor.id(), fresh));
            }
        }
    }

    /**
     * Whether the row's contact {@code i} repeats an earlier one of the same row (same
     * kind and value): a row has a handful, so a look back costs less than a set.
     */
    static boolean repeatsEarlier(List<StagedRow.Contact> contacts, int i) {
        StagedRow.Contact c = contacts.get(i);
        for (int j = 0; j < i; j++) {
            StagedRow.Contact earlier = contacts.get(j);
            if (java.util.Objects.equals(earlier.kind(), c.kind())
                    && java.util.Objects.equals(earlier.value(), c.value())) {
                return true;
            }
        }
        return false;
    }

    /** JDBC batches, for H2. */
    static final class Batch extends StagingWriter {

        private final JdbcTemplate jdbc;

        Batch(JdbcTemplate jdbc, UUID importId) {
            super(importId);
            this.jdbc = jdbc;
        }

        @Override
        protected void write(List<StagedRow> rows) {
            List<Object[]> rowArgs = new ArrayList<>(rows.size());
            List<Object[]> contactArgs = new ArrayList<>(rows.size() * 3);
            eachValues(rows, rowArgs::add, contactArgs::add);
            jdbc.batchUpdate("insert into import_row (" + ROW_COLUMNS + ") values (" + marks(25) + ")", rowArgs);
            if (!contactArgs.isEmpty()) {
                jdbc.batchUpdate("insert into import_contact (" + CONTACT_COLUMNS + ") values (" + marks(13) + ")",
                        contactArgs);
            }
        }

        private static String marks(int n) {
            return String.join(", ", java.util.Collections.nCopies(n, "?"));
        }

    }

    /**
     * PostgreSQL's binary COPY (no text for PostgreSQL to parse: uuids, numbers and dates
     * arrive in its own formats). Pipelined: while PostgreSQL takes in one chunk on a
     * helper thread, the importing thread reads and validates the next (the two run on
     * different cores); at most one chunk is in flight, on the transaction's own
     * connection, which the importing thread leaves alone meanwhile.
     */
    static final class Copy extends StagingWriter {

        private static final PgBinaryCopy ROWS = new PgBinaryCopy(Type.UUID, Type.INT4, Type.TEXT, Type.TEXT, Type.TEXT,
                Type.TEXT, Type.TEXT, Type.TEXT, Type.DATE, Type.UUID, Type.TEXT, Type.TEXT, Type.TEXT, Type.NUMERIC,
                Type.NUMERIC, Type.NUMERIC, Type.NUMERIC, Type.NUMERIC, Type.DATE, Type.DATE, Type.DATE, Type.NUMERIC,
                Type.UUID, Type.BOOL, Type.TEXT);

        private static final PgBinaryCopy CONTACTS = new PgBinaryCopy(Type.UUID, Type.INT4, Type.INT4, Type.UUID,
                Type.TEXT, Type.TEXT, Type.TEXT, Type.TEXT, Type.TEXT, Type.TEXT, Type.TEXT, Type.UUID, Type.BOOL);

        private final DataSource dataSource;

        private final java.util.concurrent.ExecutorService copier = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "placement-copy");
                thread.setDaemon(true);
                return thread;
            });

        private java.util.concurrent.Future<?> inFlight;

        /**
         * The transaction's connection, taken and given back on the importing thread (the
         * transaction is bound to it).
         */
        private Connection inFlightConnection;

        Copy(DataSource dataSource, UUID importId) {
            super(importId);
            this.dataSource = dataSource;
        }

        @Override
        protected void write(List<StagedRow> rows) {
            List<Object[]> rowValues = new ArrayList<>(rows.size());
            List<Object[]> contactValues = new ArrayList<>(rows.size() * 3);
            eachValues(rows, rowValues::add, contactValues::add);
            awaitInFlight();
            Connection connection = DataSourceUtils.getConnection(dataSource);
            inFlight = copier.submit(() -> {
                // encoded here, off the importing thread, which is the import's
                // bottleneck while it reads and checks rows
                byte[] rowCopy = ROWS.encode(rowValues);
                byte[] contactCopy = contactValues.isEmpty() ? null : CONTACTS.encode(contactValues);
                try {
                    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                    copy.copyIn("COPY import_row (" + ROW_COLUMNS + ") FROM STDIN WITH (FORMAT binary)",
                            new ByteArrayInputStream(rowCopy));
                    if (contactCopy != null) {
                        copy.copyIn("COPY import_contact (" + CONTACT_COLUMNS + ") FROM STDIN WITH (FORMAT binary)",
                                new ByteArrayInputStream(contactCopy));
                    }
                }
                catch (SQLException | IOException ex) {
                    throw new IllegalStateException("staging the placement rows failed", ex);
                }
                return null;
            });
            inFlightConnection = connection;
        }

        @Override
        void flush() {
            try {
                super.flush();
                awaitInFlight();
            }
            finally {
                copier.shutdownNow();
            }
        }

        @Override
        void abandon() {
            try {
                awaitInFlight();
            }
            catch (RuntimeException ex) {
                // the import fails anyway; its transaction rolls back
            }
            finally {
                copier.shutdownNow();
            }
        }

        private void awaitInFlight() {
            if (inFlight == null) {
                return;
            }
            try {
                inFlight.get();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while staging the placement rows", ex);
            }
            catch (java.util.concurrent.ExecutionException ex) {
                throw ex.getCause() instanceof RuntimeException re ? re
                        : new IllegalStateException("staging the placement rows failed", ex.getCause());
            }
            finally {
                inFlight = null;
                DataSourceUtils.releaseConnection(inFlightConnection, dataSource);
                inFlightConnection = null;
            }
        }

    }

}
