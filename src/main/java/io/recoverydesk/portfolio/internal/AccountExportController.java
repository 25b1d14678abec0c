package io.recoverydesk.portfolio.internal;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The account export, for the API ({@code /api/v1/accounts/export.csv}) and the search
 * page ({@code /accounts/export.csv}); {@code full=true} exports unmasked personal data.
 */
@Controller
class AccountExportController {

    private final AccountExport export;

    private final CurrentUsers currentUsers;

    AccountExportController(AccountExport export, CurrentUsers currentUsers) {
        this.export = export;
        this.currentUsers = currentUsers;
    }

    @GetMapping({ "/api/v1/accounts/export.csv", "/accounts/export.csv" })
    @PreAuthorize(AccountExport.EXPORT_ROLES)
    void export(@RequestParam(required = false) String creditor, @RequestParam(required = false) String ref,
            @RequestParam(required = false) String q, @RequestParam(required = false) UUID placement,
            @RequestParam(defaultValue = "false") boolean full, HttpServletResponse response) throws IOException {
        CurrentUser user = currentUsers.require();
        if (full && !AccountExport.mayExportFull(user)) {
            throw new AccessDeniedException("exporting full personal data needs the ADMIN or COMPLIANCE role");
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"accounts" + (full ? "-full" : "") + ".csv\"");
        export.export(user, new AccountQueries.Criteria(creditor, ref, q, placement), full, response.getOutputStream());
    }

}
