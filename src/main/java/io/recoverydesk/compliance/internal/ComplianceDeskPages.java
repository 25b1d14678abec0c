package io.recoverydesk.compliance.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.recoverydesk.compliance.policy.RulePacks;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.portfolio.AccountDirectory;
import io.recoverydesk.kernel.web.PageProblem;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The compliance officer's desk: open alerts (contacts that broke a rule), holds in
 * force, and the tenant's tightenings of the rule packs.
 */
@Controller
class ComplianceDeskPages {

    private final ComplianceAlerts alerts;

    private final AlertTexts alertTexts;

    private final Holds holds;

    private final ComplianceSettings settings;

    private final AccountDirectory accounts;

    private final Tenants tenants;

    private final CurrentUsers currentUsers;

    private final Clock clock;

    ComplianceDeskPages(AlertTexts alertTexts, ComplianceAlerts alerts, Holds holds, ComplianceSettings settings,
            AccountDirectory accounts, Tenants tenants, CurrentUsers currentUsers, Clock clock) {
        this.alerts = alerts;
        this.alertTexts = alertTexts;
        this.holds = holds;
        this.settings = settings;
        this.accounts = accounts;
        this.tenants = tenants;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** An alert or hold with the account it concerns, for links. */
    record Row<T>(T item, AccountDirectory.AccountRef account) {
    }

    /** A pack's numbers side by side: the law's, the tenant's, in force. */
    record PackRow(String field, String law, String tenant, String inForce) {
    }

    @GetMapping("/compliance")
    @PreAuthorize(ComplianceRoles.OVERSEE)
    String desk(@RequestParam(defaultValue = "OPEN") String status, Model model) {
        return render(currentUsers.require(), status, model);
    }

    @PostMapping("/compliance/alerts/{id}/close")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    String close(@PathVariable UUID id, Model model) {
        // refused: shown at once; closed: back to the desk's address (a reload sends
        // nothing)
        CurrentUser user = currentUsers.require();
        boolean visible = withAccounts(user, alerts.list(user.tenantId(), ComplianceAlerts.OPEN, 10_000),
                a -> a.accountId())
            .stream()
            .anyMatch(r -> r.item().id().equals(id));
        if (!visible || !alerts.close(user.tenantId(), id, user.username(), clock.instant())) {
            model.addAttribute("error", PageProblem.of("alert-not-open", "alert " + id + " is not open"));
            return render(user, "OPEN", model);
        }
        return "redirect:/compliance";
    }

    @PostMapping("/compliance/packs/{code}")
    @PreAuthorize(ComplianceRoles.SET_RULES)
    String tighten(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        Map<String, String> values = new LinkedHashMap<>();
        ComplianceSettings.fieldNames().forEach(f -> values.put(f, form.get(f)));
        try {
            settings.save(user.tenantId(), user.username(), code, values);
            // a reload does not send the form again
            redirect.addFlashAttribute("saved", code);
            return "redirect:/compliance";
        }
        catch (BusinessRuleException ex) {
            model.addAttribute("error", PageProblem.of(ex.type(), code + ": " + ex.describe()));
            // the refused pack shows what was typed, the refused fields marked, the
            // reason beside them
            RefusedPack refused = new RefusedPack(code, values,
                    ex.errors().stream().map(BusinessRuleException.FieldProblem::field).collect(Collectors.toSet()));
            model.addAttribute("refused", refused);
            return render(user, "OPEN", model, refused);
        }
    }

    /** A pack's settings as typed when they were refused, and the fields refused. */
    record RefusedPack(String code, Map<String, String> typed, java.util.Set<String> fields) {
    }

    private String render(CurrentUser user, String status, Model model) {
        return render(user, status, model, null);
    }

    private String render(CurrentUser user, String status, Model model, RefusedPack refused) {
        String wanted = ComplianceAlerts.CLOSED.equals(status) ? status : ComplianceAlerts.OPEN;
        model.addAttribute("status", wanted);
        List<ComplianceAlerts.Alert> listed = alerts.list(user.tenantId(), wanted, 200);
        Map<UUID, String> details = new java.util.HashMap<>();
        listed.forEach(a -> details.put(a.id(), alertTexts.detail(a)));
        model.addAttribute("alerts", withAccounts(user, listed, a -> a.accountId()));
        model.addAttribute("alertDetails", details);
        model.addAttribute("holds", withAccounts(user, holds.activeInTenant(user.tenantId(), 200), h -> h.accountId()));
        Map<String, List<PackRow>> packs = new LinkedHashMap<>();
        for (String code : ComplianceSettings.PACKS) {
            Map<String, Object> law = ComplianceApiController.values(RulePacks.of(code).settings());
            Map<String, String> own = refused != null && refused.code().equals(code) ? refused.typed()
                    : settings.overrides(user.tenantId(), code);
            Map<String, Object> inForce = ComplianceApiController
                .values(settings.pack(user.tenantId(), code).settings());
            packs.put(code,
                    ComplianceSettings.fieldNames()
                        .stream()
                        .filter(f -> relevant(code, f))
                        .map(f -> new PackRow(f, str(law.get(f)), own.get(f), str(inForce.get(f))))
                        .toList());
        }
        model.addAttribute("packs", packs);
        model.addAttribute("zone", tenants.get(user.tenantId()).zone().getId());
        model.addAttribute("canSetRules",
                user.hasAnyRole(io.recoverydesk.identity.Role.ADMIN, io.recoverydesk.identity.Role.COMPLIANCE));
        return "compliance/desk";
    }

    /**
     * Each pack reads its own numbers and the window; the others are noise on its form.
     */
    private static boolean relevant(String code, String field) {
        return field.startsWith("window") || field.startsWith(code.toLowerCase(java.util.Locale.ROOT));
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }

    private <T> List<Row<T>> withAccounts(CurrentUser user, List<T> items,
            java.util.function.Function<T, UUID> accountOf) {
        var seen = accounts.visible(user, items.stream().map(accountOf).toList());
        return items.stream()
            .filter(i -> seen.containsKey(accountOf.apply(i)))
            .map(i -> new Row<>(i, seen.get(accountOf.apply(i))))
            .toList();
    }

}
