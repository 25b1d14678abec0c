package io.recoverydesk.payments.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Payment files over HTTP: import with a report per row, unmatched rows and matching. */
@RestController
class PaymentImportApiController {

    private final PaymentImports importer;

    private final ImportStore imports;

    private final UnmatchedPayments unmatched;

    private final CurrentUsers currentUsers;

    PaymentImportApiController(PaymentImports importer, ImportStore imports, UnmatchedPayments unmatched,
            CurrentUsers currentUsers) {
        this.importer = importer;
        this.imports = imports;
        this.unmatched = unmatched;
        this.currentUsers = currentUsers;
    }

    @PostMapping(path = "/api/v1/payments/imports", consumes = "multipart/form-data")
    @PreAuthorize(PaymentRoles.BACK_OFFICE)
    ResponseEntity<ImportReport> upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "creditor", required = false) String creditor) throws IOException {
        if (file == null) {
            throw new BadRequestException("missing-file", "Attach the payment file as the multipart part 'file'.");
        }
        if (file.getSize() > PaymentImports.MAX_BYTES) {
            throw new BadRequestException("file-too-large", "Payment files are limited to 20 MB; split it.");
        }
        ImportReport report = importer.importFile(currentUsers.require(), creditor, file.getOriginalFilename(),
                file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(report);
    }

    @GetMapping("/api/v1/payments/imports")
    @PreAuthorize(PaymentRoles.BACK_OFFICE)
    List<ImportReport> list() {
        CurrentUser user = currentUsers.require();
        return imports.recent(user.tenantId(), user.creditorScope(), 100);
    }

    @GetMapping("/api/v1/payments/imports/{id}")
    @PreAuthorize(PaymentRoles.BACK_OFFICE)
    ImportReport get(@PathVariable UUID id) {
        CurrentUser user = currentUsers.require();
        return imports.find(user.tenantId(), id, user.creditorScope())
            .orElseThrow(() -> new NotFoundException("payment import " + id + " not found"));
    }

    @GetMapping("/api/v1/payments/unmatched")
    @PreAuthorize(PaymentRoles.BACK_OFFICE)
    List<ImportStore.Waiting> unmatched() {
        return unmatched.list(currentUsers.require());
    }

    record MatchBody(UUID accountId) {
    }

    @PostMapping("/api/v1/payments/unmatched/{rowId}/match")
    @PreAuthorize(PaymentRoles.BACK_OFFICE)
    ResponseEntity<Map<String, Object>> match(@PathVariable UUID rowId, @RequestBody MatchBody body) {
        UUID paymentId = unmatched.match(currentUsers.require(), rowId, body == null ? null : body.accountId());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("rowId", rowId, "paymentId", paymentId));
    }

    record DismissBody(String reason) {
    }

    @PostMapping("/api/v1/payments/unmatched/{rowId}/dismiss")
    @PreAuthorize(PaymentRoles.BACK_OFFICE)
    Map<String, Object> dismiss(@PathVariable UUID rowId, @RequestBody DismissBody body) {
        unmatched.dismiss(currentUsers.require(), rowId, body == null ? null : body.reason());
        return Map.of("rowId", rowId, "outcome", ImportReport.DISMISSED);
    }

}
