package io.recoverydesk.portfolio.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.web.PageProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * The entry of an upload: checks the request, saves the file, imports it and removes the
 * temporary file. The API imports while the caller waits; the page starts the import in
 * the background and follows its progress.
 */
@Service
class PlacementUploads {

    private static final Logger log = LoggerFactory.getLogger(PlacementUploads.class);

    private final Creditors creditors;

    private final PlacementImporter importer;

    private final ImportProgress progress;

    private final Clock clock;

    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "placement-import");
        thread.setDaemon(true);
        return thread;
    });

    PlacementUploads(Creditors creditors, PlacementImporter importer, ImportProgress progress, Clock clock) {
        this.creditors = creditors;
        this.importer = importer;
        this.progress = progress;
        this.clock = clock;
    }

    /** A checked and saved upload, ready to import. */
    private record Saved(Creditors.Creditor creditor, PlacementFile file) {
    }

    private Saved save(CurrentUser user, MultipartFile file, PlacementImporter.Request request) {
        if (request.creditorCode() == null || request.creditorCode().isBlank()) {
            throw new BadRequestException("missing-creditor", "Name the creditor (parameter 'creditor').");
        }
        if (file.isEmpty()) {
            throw new BadRequestException("empty-file", "The uploaded file is empty.");
        }
        Creditors.Creditor creditor;
        try {
            creditor = creditors.visible(user, request.creditorCode().trim());
        }
        catch (NotFoundException ex) {
            throw new BusinessRuleException("unknown-creditor",
                    "Unknown creditor " + request.creditorCode().trim() + ": create it first or check the code.");
        }
        try (InputStream in = file.getInputStream()) {
            return new Saved(creditor, PlacementFile.save(in, file.getOriginalFilename()));
        }
        catch (IOException ex) {
            throw new BadRequestException("upload-failed", "The upload could not be read: " + ex.getMessage());
        }
    }

    ImportReport upload(CurrentUser user, MultipartFile file, PlacementImporter.Request request) {
        Saved saved = save(user, file, request);
        try {
            return importer.importFile(user, saved.creditor(), saved.file(), request);
        }
        finally {
            saved.file().delete();
        }
    }

    /**
     * Starts the import in the background and answers the upload id whose progress the
     * page follows.
     */
    UUID startInBackground(CurrentUser user, MultipartFile file, PlacementImporter.Request request) {
        Saved saved = save(user, file, request);
        UUID uploadId = Ids.newId();
        progress.started(uploadId, user.username(), saved.creditor().code(), saved.file().fileName(),
                saved.file().size(), clock.instant());
        background.submit(() -> {
            try {
                ImportReport report = importer.importFile(user, saved.creditor(), saved.file(), request, uploadId);
                progress.finished(uploadId, report.placementId(), ImportReport.DUPLICATE.equals(report.status()), null);
            }
            catch (BusinessRuleException | BadRequestException | NotFoundException ex) {
                progress.finished(uploadId, null, false, PageProblem.of(ex));
            }
            catch (RuntimeException ex) {
                log.error("Placement import {} failed", uploadId, ex);
                progress.finished(uploadId, null, false, PageProblem.of("import-failed",
                        "The import failed unexpectedly and was rolled back; it was logged."));
            }
            finally {
                saved.file().delete();
            }
        });
        return uploadId;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

}
