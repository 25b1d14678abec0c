package io.recoverydesk.portfolio.internal;

import io.recoverydesk.kernel.SqlValues;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;
import io.recoverydesk.kernel.Ids;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a placement file in one transaction: read and validate row by row (streaming),
 * stage valid rows, then apply them set-based. A crash at any point leaves no trace of
 * the file; strict mode stores nothing when any row is invalid, but keeps the report.
 */
@Service
class PlacementImporter {

    private final JdbcClient jdbc;

    private final JdbcTemplate template;

    private final DataSource dataSource;

    private final TransactionTemplate tx;

    private final Placements placements;

    private final ImportApplier applier;

    private final ColumnMappings mappings;

    private final Tenants tenants;

    private final PiiCipher pii;

    private final AuditLog audit;

    private final Clock clock;

    private final List<ImportObserver> observers;

    private final ImportProgress progress;

    private final boolean postgres;

    PlacementImporter(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource, TransactionTemplate tx,
            Placements placements, ImportApplier applier, ColumnMappings mappings, Tenants tenants, PiiCipher pii,
            AuditLog audit, Clock clock, List<ImportObserver> observers, ImportProgress progress) throws SQLException {
        this.jdbc = jdbc;
        this.template = template;
        this.dataSource = dataSource;
        this.tx = tx;
        this.placements = placements;
        this.applier = applier;
        this.mappings = mappings;
        this.tenants = tenants;
        this.pii = pii;
        this.audit = audit;
        this.clock = clock;
        this.observers = observers;
        this.progress = progress;
        try (Connection c = dataSource.getConnection()) {
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
    }

    /** What the caller asked for. */
    record Request(String creditorCode, String mode, String mappingName, String encoding) {

        boolean strict() {
            return !"lenient".equalsIgnoreCase(mode);
        }

    }

    ImportReport importFile(CurrentUser user, Creditors.Creditor creditor, PlacementFile file, Request request) {
        return importFile(user, creditor, file, request, null);
    }

    /** As above; with an upload id, the upload's progress follows this import. */
    ImportReport importFile(CurrentUser user, Creditors.Creditor creditor, PlacementFile file, Request request,
            UUID uploadId) {
        if (request.mode() != null && !request.mode().isBlank() && !request.mode().equalsIgnoreCase("strict")
                && !request.mode().equalsIgnoreCase("lenient")) {
            throw new BadRequestException("bad-mode", "mode must be strict or lenient.");
        }
        ColumnMappings.Mapping mapping = mapping(user, creditor, request);
        var duplicate = placements.completedWithChecksum(user.tenantId(), creditor.id(), file.sha256());
        if (duplicate.isPresent()) {
            return duplicate(creditor, file, duplicate.get());
        }
        Tenants.Tenant tenant = tenants.get(user.tenantId());
        UUID importId = Ids.newId();
        if (uploadId != null) {
            progress.linkImport(uploadId, importId);
        }
        Outcome outcome;
        try {
            outcome = tx.execute(status -> {
                // one import per creditor at a time; NO KEY on PostgreSQL so that inserts
                // referencing the creditor (mappings, other tables) do not wait for it
                jdbc.sql("select id from creditor where tenant_id = ? and id = ? for "
                        + (postgres ? "no key update" : "update"))
                    .params(user.tenantId().value(), creditor.id())
                    .query(UUID.class)
                    .single();
                var raced = placements.completedWithChecksum(user.tenantId(), creditor.id(), file.sha256());
                if (raced.isPresent()) {
                    return new Outcome(duplicate(creditor, file, raced.get()), List.of());
                }
                Outcome o = stageAndApply(user, tenant, creditor, file, request, mapping, importId);
                if (ImportReport.REJECTED.equals(o.report().status())) {
                    status.setRollbackOnly();
                }
                return o;
            });
        }
        catch (DuplicateKeyException ex) {
            return placements.completedWithChecksum(user.tenantId(), creditor.id(), file.sha256())
                .map(id -> duplicate(creditor, file, id))
                .orElseThrow(() -> ex);
        }
        if (ImportReport.REJECTED.equals(outcome.report().status())) {
            tx.executeWithoutResult(s -> storeRejected(user, creditor, file, request, outcome));
        }
        return outcome.report();
    }

    private ColumnMappings.Mapping mapping(CurrentUser user, Creditors.Creditor creditor, Request request) {
        if (request.mappingName() == null || request.mappingName().isBlank()) {
            return null;
        }
        return mappings.find(user.tenantId(), creditor, request.mappingName())
            .orElseThrow(() -> new BusinessRuleException("unknown-mapping",
                    "No column mapping named " + request.mappingName() + " for creditor " + creditor.code() + "."));
    }

    private record Outcome(ImportReport report, List<RowError> allErrors) {
    }

    private Outcome stageAndApply(CurrentUser user, Tenants.Tenant tenant, Creditors.Creditor creditor,
            PlacementFile file, Request request, ColumnMappings.Mapping mapping, UUID importId) {
        LocalDate today = LocalDate.now(clock.withZone(tenant.zone()));
        List<RowError> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Counts counts = new Counts();
        if (postgres) {
            // private staging tables of this transaction: they shadow the shared
            // ones, and analysing them locks nothing another import needs; no
            // indexes: the apply step reads them whole (hash joins), so keeping
            // primary keys while copying millions of rows would be wasted work
            jdbc.sql("create temp table import_row (like import_row including defaults) on commit drop").update();
            jdbc.sql("create temp table import_contact (like import_contact including defaults) on commit drop")
                .update();
        }
        try (RowSource source = file.open(request.encoding())) {
            Map<String, Integer> index = headerIndex(source.header(), mapping, warnings);
            RowValidator validator = new RowValidator(index, tenant.country(), tenant.currency().getCurrencyCode(),
                    today, pii, importId);
            StagingWriter writer = StagingWriter.forDatabase(postgres, dataSource, template, importId);
            try {
                stage(source, validator, writer, request, counts, errors, importId);
                writer.flush();
            }
            catch (RuntimeException | IOException ex) {
                writer.abandon();
                throw ex;
            }
        }
        catch (IOException ex) {
            throw new BusinessRuleException("malformed-file", "The file cannot be read: " + ex.getMessage());
        }
        int rowsTotal = counts.total;
        int rowsRejected = counts.rejected;
        int errorsTotal = counts.errors;
        int accepted = counts.accepted;
        if (rowsTotal == 0) {
            throw new BusinessRuleException("no-rows", "The file has a header but no data rows.");
        }
        Instant now = clock.instant();
        if (request.strict() && rowsRejected > 0) {
            return new Outcome(new ImportReport(Ids.newId(), ImportReport.REJECTED, creditor.code(), file.fileName(),
                    now, rowsTotal, 0, rowsRejected, 0, 0, 0, 0, Placements.zero(), errors, errorsTotal, warnings,
                    null), errors);
        }
        observers.forEach(o -> o.applying(importId));
        if (postgres) {
            // fresh statistics so the planner joins the staged rows by hash, not by
            // nested loops over "empty" tables (the temporary tables are never
            // auto-analysed)
            jdbc.sql("set local work_mem = '128MB'").update();
            jdbc.sql("analyze import_row").update();
            jdbc.sql("analyze import_contact").update();
        }
        UUID placementId = Ids.newId();
        ImportApplier.Applied applied = applier.apply(user.tenantId(), creditor.id(), importId, placementId,
                SqlValues.utc(now), postgres);
        ImportReport report = new ImportReport(placementId, ImportReport.COMPLETED, creditor.code(), file.fileName(),
                now, rowsTotal, accepted, rowsRejected, applied.accountsCreated(), applied.accountsUpdated(),
                applied.debtorsCreated(), applied.debtorsMatched(), applied.totalBalance(), errors, errorsTotal,
                warnings, null);
        placements.insert(user.tenantId(), placementId, creditor.id(), today, report, file.sha256(),
                request.strict() ? "strict" : "lenient", user.username(), now);
        placements.insertErrors(user.tenantId(), placementId, errors);
        audit.record(user.tenantId(), user.username(), "PLACEMENT_IMPORTED", "placement", placementId.toString(),
                "creditor=" + creditor.code() + " file=" + file.fileName() + " sha256=" + file.sha256() + " rows="
                        + rowsTotal + " created=" + applied.accountsCreated() + " updated="
                        + applied.accountsUpdated());
        return new Outcome(report, errors);
    }

    /** Rows read, rejected and accepted so far, and the errors found. */
    private static final class Counts {

        int total;

        int rejected;

        int errors;

        int accepted;

    }

    /**
     * Reads, validates and stages every row; keeps the first errors. Rows are checked in
     * batches on two threads (reading the file, the duplicate check and staging stay on
     * this one, in file order): checking (phones, identity numbers, encryption) is most
     * of an import's time before the apply, and one thread left the second core idle.
     */
    private void stage(RowSource source, RowValidator validator, StagingWriter writer, Request request, Counts counts,
            List<RowError> errors, UUID importId) throws IOException {
        try (RowChecker checker = new RowChecker(validator)) {
            List<RowSource.Row> batch = new ArrayList<>(RowChecker.BATCH);
            for (RowSource.Row row = source.next(); row != null; row = source.next()) {
                batch.add(row);
                if (batch.size() == RowChecker.BATCH) {
                    take(checker.check(batch), source, validator, writer, request, counts, errors, importId);
                    batch.clear();
                }
            }
            take(checker.check(batch), source, validator, writer, request, counts, errors, importId);
        }
    }

    private void take(List<RowValidator.Checked> checked, RowSource source, RowValidator validator,
            StagingWriter writer, Request request, Counts counts, List<RowError> errors, UUID importId) {
        for (RowValidator.Checked one : checked) {
            counts.total++;
            RowValidator.Result result = validator.claim(one);
            if (result.row() != null) {
                if (!request.strict() || counts.rejected == 0) {
                    writer.add(result.row());
                }
                counts.accepted++;
            }
            else {
                counts.rejected++;
                counts.errors += result.errors().size();
                for (RowError e : result.errors()) {
                    if (errors.size() < Placements.MAX_STORED_ERRORS) {
                        errors.add(e);
                    }
                }
            }
            if (counts.total % 2_000 == 0) {
                int read = counts.total;
                long bytes = source.bytesRead();
                observers.forEach(o -> o.rowsRead(importId, read, bytes));
            }
        }
    }

    private void storeRejected(CurrentUser user, Creditors.Creditor creditor, PlacementFile file, Request request,
            Outcome outcome) {
        ImportReport r = outcome.report();
        placements.insert(user.tenantId(), r.placementId(), creditor.id(),
                LocalDate.now(clock.withZone(tenants.get(user.tenantId()).zone())), r, file.sha256(), "strict",
                user.username(), clock.instant());
        placements.insertErrors(user.tenantId(), r.placementId(), outcome.allErrors());
        audit.record(user.tenantId(), user.username(), "PLACEMENT_REJECTED", "placement", r.placementId().toString(),
                "creditor=" + creditor.code() + " file=" + file.fileName() + " invalidRows=" + r.rowsRejected());
    }

    private ImportReport duplicate(Creditors.Creditor creditor, PlacementFile file, UUID earlier) {
        return new ImportReport(earlier, ImportReport.DUPLICATE, creditor.code(), file.fileName(), null, 0, 0, 0, 0, 0,
                0, 0, BigDecimal.ZERO.setScale(2), List.of(), 0, List.of("This file was already imported for "
                        + creditor.code() + " as placement " + earlier + "; nothing was stored."),
                earlier);
    }

    /**
     * Canonical column → cell index; unknown headers become warnings; missing required
     * columns reject the file.
     */
    static Map<String, Integer> headerIndex(List<String> header, ColumnMappings.Mapping mapping,
            List<String> warnings) {
        Map<String, String> sourceToCanonical = new HashMap<>();
        if (mapping != null) {
            mapping.columns().forEach((canonical, source) -> sourceToCanonical.put(norm(source), canonical));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String raw = header.get(i) == null ? "" : header.get(i);
            if (i == 0) {
                raw = raw.replace("\uFEFF", "");
            }
            String name = norm(raw);
            if (name.isEmpty()) {
                continue;
            }
            String canonical = sourceToCanonical.getOrDefault(name, name);
            if (!ImportColumns.ALL.contains(canonical)) {
                warnings.add("Unknown column '" + raw.strip() + "' was ignored.");
            }
            else if (index.putIfAbsent(canonical, i) != null) {
                warnings.add("Column '" + raw.strip() + "' appears twice; the first one was used.");
            }
        }
        List<FieldProblem> missing = ImportColumns.REQUIRED.stream()
            .filter(c -> !index.containsKey(c))
            .sorted()
            .map(c -> new FieldProblem(c, "required column " + c + " is missing from the header"))
            .toList();
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("missing-columns",
                    "The header lacks required columns: "
                            + String.join(", ", missing.stream().map(FieldProblem::field).toList())
                            + ". The first row must name the columns.",
                    missing);
        }
        return index;
    }

    private static String norm(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }

}
