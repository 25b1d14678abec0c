package io.recoverydesk.portfolio.internal;

import java.io.IOException;
import java.io.InputStream;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/** The entry of an upload (API or page): checks the request, saves the file, imports it, removes the temp file. */
@Service
class PlacementUploads {

    private final Creditors creditors;

    private final PlacementImporter importer;

    PlacementUploads(Creditors creditors, PlacementImporter importer) {
        this.creditors = creditors;
        this.importer = importer;
    }

    ImportReport upload(CurrentUser user, MultipartFile file, PlacementImporter.Request request) {
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
        PlacementFile saved;
        try (InputStream in = file.getInputStream()) {
            saved = PlacementFile.save(in, file.getOriginalFilename());
        }
        catch (IOException ex) {
            throw new BadRequestException("upload-failed", "The upload could not be read: " + ex.getMessage());
        }
        try {
            return importer.importFile(user, creditor, saved, request);
        }
        finally {
            saved.delete();
        }
    }

}
