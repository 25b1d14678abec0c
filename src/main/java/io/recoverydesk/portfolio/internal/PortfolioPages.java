package io.recoverydesk.portfolio.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.web.PageProblem;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.HtmlUtils;

/**
 * The portfolio pages: account search, the account (360) view, placements and their
 * reports, creditors.
 */
@Controller
class PortfolioPages {

    private final AccountQueries accounts;

    private final Creditors creditors;

    private final ColumnMappings mappings;

    private final Placements placements;

    private final PlacementUploads uploads;

    private final Reveals reveals;

    private final CurrentUsers currentUsers;

    private final Tenants tenants;

    private final ImportProgress progress;

    private final ImportTexts texts;

    PortfolioPages(AccountQueries accounts, Creditors creditors, ColumnMappings mappings, Placements placements,
            PlacementUploads uploads, Reveals reveals, CurrentUsers currentUsers, Tenants tenants,
            ImportProgress progress, ImportTexts texts) {
        this.progress = progress;
        this.texts = texts;
        this.accounts = accounts;
        this.creditors = creditors;
        this.mappings = mappings;
        this.placements = placements;
        this.uploads = uploads;
        this.reveals = reveals;
        this.currentUsers = currentUsers;
        this.tenants = tenants;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/accounts";
    }

    @GetMapping("/accounts")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String creditor,
            @RequestParam(required = false) String ref, @RequestParam(required = false) UUID placement,
            @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = currentUsers.require();
        AccountQueries.Criteria criteria = new AccountQueries.Criteria(creditor, ref, q, placement);
        model.addAttribute("criteria", criteria);
        model.addAttribute("hasCriteria", criteria.any());
        if (placement != null) {
            placements.find(user, placement, 0)
                .ifPresent(r -> model.addAttribute("placementFilter", r.fileName() + " · " + r.creditorCode()));
        }
        model.addAttribute("creditors", creditors.list(user));
        model.addAttribute("page", accounts.search(user, criteria, Math.max(0, page), 25));
        return "portfolio/accounts";
    }

    @GetMapping("/accounts/{id}")
    String account(@PathVariable UUID id, Model model) {
        model.addAttribute("a",
                accounts.find(currentUsers.require(), id).orElseThrow(() -> new PageNotFound("account " + id)));
        return "portfolio/account";
    }

    @PostMapping("/ui/debtors/{id}/national-id/reveal")
    @PreAuthorize(AccountApiController.REVEAL_ROLES)
    @ResponseBody
    String revealNationalId(@PathVariable UUID id) {
        return HtmlUtils.htmlEscape(reveals.nationalId(currentUsers.require(), id));
    }

    @PostMapping("/ui/contact-points/{id}/reveal")
    @PreAuthorize(AccountApiController.REVEAL_ROLES)
    @ResponseBody
    String revealContactPoint(@PathVariable UUID id) {
        return HtmlUtils.htmlEscape(reveals.contactPoint(currentUsers.require(), id));
    }

    @GetMapping("/placements")
    @PreAuthorize(PlacementApiController.VIEW_ROLES)
    String placements(Model model) {
        CurrentUser user = currentUsers.require();
        placementsModel(user, model);
        return "portfolio/placements";
    }

    private void placementsModel(CurrentUser user, Model model) {
        model.addAttribute("placements", placements.list(user, 100));
        model.addAttribute("creditors", creditors.list(user));
        Tenants.Tenant tenant = tenants.get(user.tenantId());
        model.addAttribute("zone", tenant.zone().getId());
        model.addAttribute("currency", tenant.currency().getCurrencyCode());
    }

    @PostMapping("/placements")
    @PreAuthorize(PlacementApiController.IMPORT_ROLES)
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String creditor,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String mapping, Model model) {
        CurrentUser user = currentUsers.require();
        try {
            if (file == null) {
                throw new BadRequestException("missing-file", "Choose a file to import.");
            }
            UUID uploadId = uploads.startInBackground(user, file,
                    new PlacementImporter.Request(creditor, mode, mapping, null));
            return "redirect:/placements/uploads/" + uploadId;
        }
        catch (BusinessRuleException | BadRequestException | NotFoundException ex) {
            placementsModel(user, model);
            model.addAttribute("uploadError", PageProblem.of(ex));
            return "portfolio/placements";
        }
    }

    @GetMapping("/placements/uploads/{uploadId}")
    @PreAuthorize(PlacementApiController.IMPORT_ROLES)
    String uploadProgress(@PathVariable UUID uploadId, Model model) {
        ImportProgress.Snapshot snapshot = progress.get(uploadId, currentUsers.require().username())
            .orElseThrow(() -> new PageNotFound("upload " + uploadId));
        if (snapshot.phase() == ImportProgress.Phase.DONE) {
            return "redirect:" + snapshot.reportPath();
        }
        model.addAttribute("p", snapshot);
        model.addAttribute("now", java.time.Instant.now());
        return "portfolio/upload";
    }

    @GetMapping("/placements/uploads/{uploadId}/progress")
    @PreAuthorize(PlacementApiController.IMPORT_ROLES)
    String uploadProgressFragment(@PathVariable UUID uploadId, Model model, HttpServletResponse response) {
        ImportProgress.Snapshot snapshot = progress.get(uploadId, currentUsers.require().username())
            .orElseThrow(() -> new PageNotFound("upload " + uploadId));
        if (snapshot.phase() == ImportProgress.Phase.DONE) {
            response.setHeader("HX-Redirect", snapshot.reportPath());
        }
        model.addAttribute("p", snapshot);
        model.addAttribute("now", java.time.Instant.now());
        return "portfolio/upload :: progress";
    }

    @GetMapping("/placements/{id}")
    @PreAuthorize(PlacementApiController.VIEW_ROLES)
    String placement(@PathVariable UUID id, @RequestParam(required = false) String again, Model model) {
        CurrentUser user = currentUsers.require();
        // the upload just made was this file again: nothing was imported twice
        model.addAttribute("again", again != null);
        ImportReport report = placements.find(user, id, 500).orElseThrow(() -> new PageNotFound("placement " + id));
        model.addAttribute("r", report);
        model.addAttribute("errors",
                report.errors()
                    .stream()
                    .map(e -> new ShownError(e.row(), e.column(), e.code(), texts.error(e)))
                    .toList());
        model.addAttribute("warnings", report.warnings().stream().map(texts::warning).toList());
        Map<String, Integer> stats = new LinkedHashMap<>();
        stats.put("rowsTotal", report.rowsTotal());
        stats.put("rowsAccepted", report.rowsAccepted());
        stats.put("rowsRejected", report.rowsRejected());
        stats.put("accountsCreated", report.accountsCreated());
        stats.put("accountsUpdated", report.accountsUpdated());
        stats.put("debtorsCreated", report.debtorsCreated());
        stats.put("debtorsMatched", report.debtorsMatched());
        model.addAttribute("stats", stats.entrySet());
        Tenants.Tenant tenant = tenants.get(user.tenantId());
        model.addAttribute("currency", tenant.currency().getCurrencyCode());
        model.addAttribute("zone", tenant.zone().getId());
        return "portfolio/placement";
    }

    /** A row error as the report page shows it: its text in the reader's language. */
    record ShownError(int row, String column, String code, String text) {
    }

    @GetMapping("/placements/{id}/report.csv")
    @PreAuthorize(PlacementApiController.VIEW_ROLES)
    void reportCsv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        CurrentUser user = currentUsers.require();
        placements.find(user, id, 0).orElseThrow(() -> new PageNotFound("placement " + id));
        placements.sendReportCsv(user.tenantId(), id, response);
    }

    @GetMapping("/creditors")
    String creditors(Model model) {
        creditorsModel(currentUsers.require(), model);
        return "portfolio/creditors";
    }

    private void creditorsModel(CurrentUser user, Model model) {
        List<Creditors.Creditor> list = creditors.list(user);
        Map<String, List<ColumnMappings.Mapping>> byCreditor = new LinkedHashMap<>();
        // mappings are file-layout settings: the roles that import or analyse files see
        // them
        boolean showMappings = user.hasAnyRole(Role.ADMIN, Role.MANAGER, Role.ANALYST);
        if (showMappings) {
            list.forEach(c -> byCreditor.put(c.code(), mappings.list(user.tenantId(), c)));
        }
        model.addAttribute("creditors", list);
        model.addAttribute("mappings", byCreditor);
        model.addAttribute("showMappings", showMappings);
    }

    @PostMapping("/creditors")
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    String createCreditor(@RequestParam String code, @RequestParam String name, Model model) {
        CurrentUser user = currentUsers.require();
        if (!code.matches("[A-Za-z0-9._-]{1,40}") || name.isBlank() || name.length() > 200) {
            creditorsModel(user, model);
            model.addAttribute("formError", PageProblem.of("creditor-form",
                    "Code: 1-40 letters, digits, dot, dash or underscore; name: 1-200 characters."));
            return "portfolio/creditors";
        }
        try {
            creditors.create(user.tenantId(), user.username(), code, name.strip());
            return "redirect:/creditors?saved";
        }
        catch (ConflictException ex) {
            creditorsModel(user, model);
            model.addAttribute("formError", PageProblem.of(ex));
            return "portfolio/creditors";
        }
    }

    @PostMapping("/creditors/mappings")
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    String saveMapping(@RequestParam String creditor, @RequestParam String name, @RequestParam String lines,
            Model model) {
        CurrentUser user = currentUsers.require();
        Map<String, String> columns = new LinkedHashMap<>();
        for (String line : lines.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                columns.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        try {
            mappings.save(user, creditors.visible(user, creditor), new ColumnMappings.Mapping(name.strip(), columns));
            return "redirect:/creditors?saved";
        }
        catch (BusinessRuleException | ConflictException | NotFoundException ex) {
            creditorsModel(user, model);
            model.addAttribute("formError", PageProblem.of(ex));
            return "portfolio/creditors";
        }
    }

    /** A page for something that does not exist or is outside the user's scope. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class PageNotFound extends RuntimeException {

        PageNotFound(String what) {
            super(what + " not found");
        }

    }

}
