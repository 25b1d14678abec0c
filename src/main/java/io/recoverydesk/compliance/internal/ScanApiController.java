package io.recoverydesk.compliance.internal;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.recoverydesk.compliance.scan.ContentScanner;
import io.recoverydesk.compliance.scan.Finding;
import io.recoverydesk.compliance.scan.ScanContext;
import io.recoverydesk.kernel.BadRequestException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The content scanner over HTTP: is a text fit to send, and what in it is not. */
@RestController
class ScanApiController {

    private final ContentScanner scanner;

    ScanApiController(ContentScanner scanner) {
        this.scanner = scanner;
    }

    /**
     * A text to scan; {@code locale} zh or en (empty: both); {@code thirdParty} when it
     * is addressed to someone other than the debtor; {@code lawFirm} when a law firm
     * sends it.
     */
    record ScanBody(@NotNull @Size(max = 100_000) String text, String locale, Boolean thirdParty, Boolean lawFirm) {
    }

    record ScanResult(boolean clean, List<Finding> findings) {
    }

    @PostMapping("/api/v1/compliance/scan")
    @PreAuthorize(ComplianceRoles.READ)
    ScanResult scan(@Valid @RequestBody ScanBody body) {
        Locale locale = null;
        if (body.locale() != null && !body.locale().isBlank()) {
            locale = Locale.forLanguageTag(body.locale().strip());
            if (!List.of("zh", "en").contains(locale.getLanguage())) {
                throw new BadRequestException("bad-locale", "locale is zh or en (or empty for both).");
            }
        }
        List<Finding> findings = scanner.scan(body.text(),
                new ScanContext(locale, Boolean.TRUE.equals(body.thirdParty()), Boolean.TRUE.equals(body.lawFirm())));
        return new ScanResult(findings.isEmpty(), findings);
    }

}
