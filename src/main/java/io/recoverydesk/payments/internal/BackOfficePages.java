package io.recoverydesk.payments.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.web.PageProblem;
import io.recoverydesk.portfolio.AccountBalances;
import io.recoverydesk.portfolio.AccountDirectory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's payment pages: importing a payment file with its report, matching
 * unmatched rows, and the daily reconciliation with its downloads.
 */
@Controller
class BackOfficePages {

    private final PaymentImports importer;

    private final ImportStore imports;

    private final UnmatchedPayments unmatched;

    private final AccountBalances balances;

    private final Reconciliation days;

    private final CurrentUsers currentUsers;

    private final Tenants tenants;

    private final RowTexts rowTexts;

    private final AccountDirectory directory;

    BackOfficePages(PaymentImports importer, ImportStore imports, UnmatchedPayments unmatched, AccountBalances balances,
            Reconciliation days, CurrentUsers currentUsers, Tenants tenants, RowTexts rowTexts,
            AccountDirectory directory) {
        this.directory = directory;
        this.importer = importer;
        this.imports = imports;
        this.unmatched = unmatched;
        this.balances = balances;
        this.days = days;
        this.currentUsers = currentUsers;
        this.tenants = tenants;
        this.rowTexts = rowTexts;
    }

    @GetMapping("/payments/import")
    @PreAuthorize(PaymentRoles.BACK_OFFICE)
    String importPage(@RequestParam(required = false) UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        if (id != null) {
            model.addAttribute("report", imports.find(user.tenantId(), id, user.creditorScope()).orElse(null));
        }
        return renderImport(user, model);
    }

    @PostMapping("/payments/import")
    @PreAuthorize(PaymentRoles.BACK_OFFICE)
    String upload(@RequestParam(required = false) String creditor,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        CurrentUser user = currentUsers.require();
        try {
            if (creditor == null || creditor.isBlank()) {
                throw PaymentRules.invalid("creditor-required", "creditor", "Choose the creditor of the file.");
            }
            if (file == null || file.isEmpty()) {
                throw PaymentRules.invalid("empty-file", "file", "Choose a payment file (CSV).");
            }
            if (file.getSize() > PaymentImports.MAX_BYTES) {
                throw PaymentRules.invalid("file-too-large", "file", "Payment files are limited to 20 MB; split it.");
            }
            model.addAttribute("report",
                    importer.importFile(user, creditor, file.getOriginalFilename(), file.getBytes()));
        }
        catch (BusinessRuleException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        model.addAttribute("creditor", creditor);
        return renderImport(user, model);
    }

    private String renderImport(CurrentUser user, Model model) {
        model.addAttribute("creditors", directory.creditors(user));
        if (model.getAttribute("report") instanceof ImportReport report) {
            model.addAttribute("rowTexts", rowTexts.of(report));
        }
        model.addAttribute("recent", imports.recent(user.tenantId(), user.creditorScope(), 20));
        model.addAttribute("zone", tenants.get(user.tenantId()).zone().getId());
        return "payments/import";
    }

    @GetMapping("/payments/unmatched")
    @PreAuthorize(PaymentRoles.BACK_OFFICE)
    String unmatchedPage(Model model) {
        return renderUnmatched(currentUsers.require(), model);
    }

    @PostMapping("/payments/unmatched/{rowId}/match")
    @PreAuthorize(PaymentRoles.BACK_OFFICE)
    String match(@PathVariable UUID rowId, @RequestParam String creditor, @RequestParam(required = false) String ref,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        try {
            Optional<UUID> account = ref == null || ref.isBlank() ? Optional.empty()
                    : balances.idByCreditorRef(user.tenantId(), creditor, ref.strip());
            unmatched.match(user, rowId, account.orElseThrow(PaymentPosting::unknownAccount));
            // done: back to the list by a redirect, so a reload does not ask to send it
            // again
            redirect.addFlashAttribute("saved", "pay.unmatched.matched");
            return "redirect:/payments/unmatched";
        }
        catch (BusinessRuleException | ConflictException | NotFoundException ex) {
            // the refused row keeps what was typed and is marked; back at the list's
            // address either way (a reload sends nothing)
            redirect.addFlashAttribute("error", PageProblem.of(ex));
            redirect.addFlashAttribute("refusedRow", rowId);
            redirect.addFlashAttribute("typedRef", ref);
            return "redirect:/payments/unmatched";
        }
    }

    @PostMapping("/payments/unmatched/{rowId}/dismiss")
    @PreAuthorize(PaymentRoles.BACK_OFFICE)
    String dismiss(@PathVariable UUID rowId, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        try {
            unmatched.dismiss(user, rowId, reason);
            redirect.addFlashAttribute("saved", "pay.unmatched.dismissed");
            return "redirect:/payments/unmatched";
        }
        catch (BusinessRuleException | NotFoundException ex) {
            redirect.addFlashAttribute("error", PageProblem.of(ex));
            return "redirect:/payments/unmatched";
        }
    }

    private String renderUnmatched(CurrentUser user, Model model) {
        model.addAttribute("rows", unmatched.list(user));
        model.addAttribute("zone", tenants.get(user.tenantId()).zone().getId());
        return "payments/unmatched";
    }

    @GetMapping("/payments/reconciliation")
    @PreAuthorize(PaymentRoles.RECONCILE)
    String reconciliationPage(@RequestParam(required = false) String date, Model model) {
        CurrentUser user = currentUsers.require();
        try {
            model.addAttribute("day", days.of(user, days.day(user, date)));
        }
        catch (BadRequestException ex) {
            model.addAttribute("error", PageProblem.of(ex));
            model.addAttribute("day", days.of(user, days.day(user, null)));
        }
        return "payments/reconciliation";
    }

}
