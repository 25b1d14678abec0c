package io.recoverydesk.allocation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.allocation.Allocations;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.web.PageProblem;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The allocation report page (per agent: count, balance, expected value, and why), the
 * account lines behind it, the policy form and "allocate now".
 */
@Controller
class AllocationPages {

    private final Allocations allocations;

    private final AllocationReports reports;

    private final AllocationPolicies policies;

    private final CurrentUsers currentUsers;

    private final Tenants tenants;

    private final Clock clock;

    private final LineTexts lineTexts;

    AllocationPages(Allocations allocations, AllocationReports reports, AllocationPolicies policies,
            CurrentUsers currentUsers, Tenants tenants, Clock clock, LineTexts lineTexts) {
        this.lineTexts = lineTexts;
        this.allocations = allocations;
        this.reports = reports;
        this.policies = policies;
        this.currentUsers = currentUsers;
        this.tenants = tenants;
        this.clock = clock;
    }

    @GetMapping("/allocation")
    @PreAuthorize(AllocationRoles.READ)
    String report(@RequestParam(required = false) String run, Model model) {
        CurrentUser user = currentUsers.require();
        var tenant = user.tenantId();
        var shown = reports.run(tenant, run == null || run.isBlank() ? null : AllocationApiController.id(run));
        if (run != null && !run.isBlank() && shown.isEmpty()) {
            throw new io.recoverydesk.kernel.NotFoundException("No allocation run " + run + ".");
        }
        model.addAttribute("run", shown.orElse(null));
        shown.ifPresent(r -> {
            List<AllocationReports.AgentRow> agents = reports.agents(tenant, r.id())
                .stream()
                .map(a -> new AllocationReports.AgentRow(a.agent(), a.team(), a.cases(), a.balance(), a.expectedValue(),
                        a.capacity(), a.hoursShare(), a.status(), a.reasons(),
                        a.notes().stream().map(n -> lineTexts.of(n)).toList()))
                .toList();
            model.addAttribute("agents", agents);
            model.addAttribute("teams",
                    reports.teams(tenant, r.id())
                        .stream()
                        .map(t -> new AllocationReports.TeamRow(t.team(), t.mean(), t.low(), t.high(), t.moves(),
                                t.gaps().stream().map(g -> lineTexts.of(g)).toList()))
                        .toList());
            model.addAttribute("unplaced", reports.unplacedCounts(tenant, r.id()));
            model.addAttribute("maxValue",
                    agents.stream()
                        .map(AllocationReports.AgentRow::valuePerShare)
                        .max(BigDecimal::compareTo)
                        .orElse(BigDecimal.ZERO));
        });
        model.addAttribute("history", reports.runs(tenant, 20));
        model.addAttribute("policy", policies.of(tenant));
        model.addAttribute("canSteer", user.hasAnyRole(Role.ADMIN, Role.MANAGER));
        model.addAttribute("zone", tenants.get(tenant).zone().getId());
        model.addAttribute("currency", tenants.get(tenant).currency().getCurrencyCode());
        return "allocation/report";
    }

    @GetMapping("/allocation/lines")
    @PreAuthorize(AllocationRoles.READ)
    String lines(@RequestParam String run, @RequestParam(required = false) String agent,
            @RequestParam(required = false) String reason, Model model) {
        CurrentUser user = currentUsers.require();
        AllocationReports.RunView shown = reports.require(user.tenantId(), AllocationApiController.id(run));
        UUID runId = shown.id();
        model.addAttribute("run", shown);
        model.addAttribute("agent", AllocationApiController.blankToNull(agent));
        model.addAttribute("reason", AllocationApiController.blankToNull(reason));
        model.addAttribute("lines", reports
            .lines(user, runId, AllocationApiController.blankToNull(agent), AllocationApiController.blankToNull(reason))
            .stream()
            .map(l -> new AllocationReports.Line(l.accountId(), l.creditorRef(), l.debtorName(), l.agent(),
                    l.previousAgent(), l.reason(), lineTexts.of(l.detail()), l.balance(), l.expectedValue()))
            .toList());
        model.addAttribute("max", AllocationReports.MAX_LINES);
        model.addAttribute("currency", tenants.get(user.tenantId()).currency().getCurrencyCode());
        return "allocation/lines";
    }

    @PostMapping("/allocation/run")
    @PreAuthorize(AllocationRoles.STEER)
    String runNow(RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        LocalDate today = LocalDate.ofInstant(clock.instant(), tenants.get(user.tenantId()).zone());
        Allocations.Summary summary = allocations.allocate(user.tenantId(), user.username(), null, today);
        redirect.addFlashAttribute("ran", summary);
        return "redirect:/allocation";
    }

    @PostMapping("/allocation/policy")
    @PreAuthorize(AllocationRoles.STEER)
    String policy(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        try {
            BigDecimal band = percent(form.get("fairnessBand"), "fairnessBand");
            BigDecimal unscored = percent(form.get("unscoredPropensity"), "unscoredPropensity");
            policies.update(user.tenantId(), user.username(), band, form.containsKey("keepContinuity"), unscored);
            redirect.addFlashAttribute("policySaved", true);
        }
        catch (BadRequestException ex) {
            redirect.addFlashAttribute("policyError", PageProblem.of(ex));
            // what was typed comes back, and the page opens at the form
            redirect.addFlashAttribute("policyForm", new java.util.HashMap<>(form));
            return "redirect:/allocation#policy-form";
        }
        return "redirect:/allocation#policy-form";
    }

    /** A percentage typed by a person (15 or 15%) as a fraction (0.150). */
    private static BigDecimal percent(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("bad-" + field, field + " is required.");
        }
        try {
            return new BigDecimal(text.strip().replace("%", "")).movePointLeft(2).stripTrailingZeros();
        }
        catch (NumberFormatException ex) {
            throw new BadRequestException("bad-" + field, "Not a percentage: " + text + ".");
        }
    }

}
