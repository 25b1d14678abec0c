package io.recoverydesk.portfolio.internal;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class PlacementApiController {

    static final String IMPORT_ROLES = "hasAnyRole('ADMIN', 'MANAGER')";

    static final String VIEW_ROLES = "hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD', 'COMPLIANCE', 'ANALYST', 'CREDITOR_VIEWER')";

    private final PlacementUploads uploads;

    private final Placements placements;

    private final CurrentUsers currentUsers;

    PlacementApiController(PlacementUploads uploads, Placements placements, CurrentUsers currentUsers) {
        this.uploads = uploads;
        this.placements = placements;
        this.currentUsers = currentUsers;
    }

    @PostMapping(path = "/api/v1/placements", consumes = "multipart/form-data")
    @PreAuthorize(IMPORT_ROLES)
    ResponseEntity<ImportReport> upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "creditor", required = false) String creditor,
            @RequestParam(name = "mode", required = false) String mode,
            @RequestParam(name = "mapping", required = false) String mapping,
            @RequestParam(name = "encoding", required = false) String encoding) {
        if (file == null) {
            throw new BadRequestException("missing-file", "Attach the placement file as the multipart part 'file'.");
        }
        ImportReport report = uploads.upload(currentUsers.require(), file,
                new PlacementImporter.Request(creditor, mode, mapping, encoding));
        HttpStatus status = switch (report.status()) {
            case ImportReport.COMPLETED -> HttpStatus.CREATED;
            case ImportReport.REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
            default -> HttpStatus.OK;
        };
        return ResponseEntity.status(status).body(report);
    }

    @GetMapping("/api/v1/placements")
    @PreAuthorize(VIEW_ROLES)
    List<ImportReport> list() {
        return placements.list(currentUsers.require(), 200);
    }

    @GetMapping("/api/v1/placements/{id}")
    @PreAuthorize(VIEW_ROLES)
    ImportReport get(@PathVariable UUID id) {
        return placements.find(currentUsers.require(), id, 1000)
            .orElseThrow(() -> new NotFoundException("placement " + id + " not found"));
    }

    @GetMapping("/api/v1/placements/{id}/report.csv")
    @PreAuthorize(VIEW_ROLES)
    void reportCsv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        CurrentUser user = currentUsers.require();
        placements.find(user, id, 0).orElseThrow(() -> new NotFoundException("placement " + id + " not found"));
        placements.sendReportCsv(user.tenantId(), id, response);
    }

}
