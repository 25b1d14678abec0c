package io.recoverydesk.strategy.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.web.PageProblem;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The strategist's pages: the strategy in effect (segments with the last run's counts,
 * paths as step lists), versions, the editor for drafts with the check's findings,
 * publishing, and runs with a live progress bar.
 */
@Controller
class StrategyPages {

    private final StrategyVersions versions;

    private final StrategyRuns runs;

    private final RunScheduler scheduler;

    private final CurrentUsers currentUsers;

    private final Tenants tenants;

    private final AccountStrategies accounts;

    private final Experiments experiments;

    private final ExperimentReadouts readouts;

    private final io.recoverydesk.allocation.Allocations allocations;

    private final FindingTexts findingTexts;

    private final StrategyChecks checks;

    StrategyPages(StrategyVersions versions, StrategyRuns runs, RunScheduler scheduler, CurrentUsers currentUsers,
            Tenants tenants, AccountStrategies accounts, Experiments experiments, ExperimentReadouts readouts,
            io.recoverydesk.allocation.Allocations allocations, FindingTexts findingTexts, StrategyChecks checks) {
        this.checks = checks;
        this.allocations = allocations;
        this.findingTexts = findingTexts;
        this.experiments = experiments;
        this.readouts = readouts;
        this.accounts = accounts;
        this.versions = versions;
        this.runs = runs;
        this.scheduler = scheduler;
        this.currentUsers = currentUsers;
        this.tenants = tenants;
    }

    /**
     * A segment row as the pages list it, with the accounts the last run put in it (null
     * if unknown).
     */
    record SegmentLine(int row, io.recoverydesk.strategy.segments.SegmentRule rule, List<RuleText.Condition> conditions,
            Long accounts) {
    }

    static List<SegmentLine> lines(StrategyDefinition definition, Map<String, Long> counts) {
        List<SegmentLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < definition.segments().size(); i++) {
            var rule = definition.segments().get(i);
            lines.add(new SegmentLine(i + 1, rule, RuleText.of(rule), counts.get(rule.code())));
        }
        return lines;
    }

    @GetMapping("/strategy")
    @PreAuthorize(StrategyRoles.READ)
    String overview(Model model) {
        CurrentUser user = currentUsers.require();
        LocalDate today = versions.today(user.tenantId());
        StrategyVersions.Version inEffect = versions.inEffect(user.tenantId(), today);
        List<StrategyRuns.RunView> recent = runs.recent(user.tenantId(), 10);
        StrategyRuns.RunView lastCompleted = recent.stream()
            .filter(r -> "COMPLETED".equals(r.status()))
            .findFirst()
            .map(r -> runs.get(user.tenantId(), r.id()))
            .orElse(null);
        model.addAttribute("version", inEffect);
        model.addAttribute("versions", versions.list(user.tenantId()));
        model.addAttribute("runs", recent);
        model.addAttribute("lastRun", lastCompleted);
        Map<String, Long> counts = lastCompleted == null || lastCompleted.versionNumber() != inEffect.number()
                ? Map.of() : lastCompleted.segments();
        model.addAttribute("lines", lines(inEffect.definition(), counts));
        model.addAttribute("unmatched", counts.get("UNMATCHED"));
        model.addAttribute("findings", checks.check(user.tenantId(), inEffect.definition()));
        model.addAttribute("canSteer", canSteer(user));
        model.addAttribute("zone", tenants.get(user.tenantId()).zone().getId());
        return "strategy/overview";
    }

    @PostMapping("/strategy/runs")
    @PreAuthorize(StrategyRoles.STEER)
    String startRun(RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        StrategyRuns.Requested requested = scheduler.request(user.tenantId(), user.username(), "MANUAL");
        if (!requested.created()) {
            redirect.addFlashAttribute("notice", "strategy.run.underWay");
        }
        return "redirect:/strategy/runs/" + requested.runId();
    }

    @GetMapping("/strategy/runs/{id}")
    @PreAuthorize(StrategyRoles.READ)
    String run(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("run", runs.get(user.tenantId(), id));
        model.addAttribute("zone", tenants.get(user.tenantId()).zone().getId());
        return "strategy/run";
    }

    @GetMapping("/strategy/runs/{id}/progress")
    @PreAuthorize(StrategyRoles.READ)
    String progress(@PathVariable UUID id, Model model) {
        run(id, model);
        return "strategy/run :: progress";
    }

    @GetMapping("/strategy/experiments")
    @PreAuthorize(StrategyRoles.READ)
    String experimentsPage(Model model) {
        CurrentUser user = currentUsers.require();
        StrategyDefinition definition = versions.inEffect(user.tenantId(), versions.today(user.tenantId()))
            .definition();
        model.addAttribute("experiments", experiments.list(user.tenantId()));
        model.addAttribute("segments", definition.segments());
        model.addAttribute("paths", definition.paths());
        model.addAttribute("canSteer", canSteer(user));
        model.addAttribute("zone", tenants.get(user.tenantId()).zone().getId());
        return "strategy/experiments";
    }

    @PostMapping("/strategy/experiments")
    @PreAuthorize(StrategyRoles.STEER)
    String startExperiment(@RequestParam String name, @RequestParam String segment, @RequestParam String challengerPath,
            @RequestParam(required = false) java.math.BigDecimal sharePercent, RedirectAttributes redirect) {
        try {
            Experiments.Experiment started = experiments.start(currentUsers.require(), name, segment, challengerPath,
                    sharePercent == null ? null : sharePercent.movePointLeft(2));
            return "redirect:/strategy/experiments/" + started.id();
        }
        catch (BusinessRuleException ex) {
            redirect.addFlashAttribute("error", PageProblem.of(ex));
            // the form shows what was chosen again
            redirect.addFlashAttribute("experimentForm", new ExperimentForm(name, segment, challengerPath,
                    sharePercent == null ? null : sharePercent.toPlainString()));
            return "redirect:/strategy/experiments";
        }
    }

    /** A refused experiment's values, shown again. */
    record ExperimentForm(String name, String segment, String challengerPath, String sharePercent) {
    }

    @PostMapping("/strategy/experiments/{id}/stop")
    @PreAuthorize(StrategyRoles.STEER)
    String stopExperiment(@PathVariable UUID id) {
        experiments.stop(currentUsers.require(), id);
        return "redirect:/strategy/experiments/" + id;
    }

    @GetMapping("/strategy/experiments/{id}")
    @PreAuthorize(StrategyRoles.READ)
    String experiment(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        Experiments.Experiment experiment = experiments.get(user.tenantId(), id);
        model.addAttribute("experiment", experiment);
        model.addAttribute("readout", readouts.of(user.tenantId(), experiment));
        model.addAttribute("canSteer", canSteer(user));
        model.addAttribute("zone", tenants.get(user.tenantId()).zone().getId());
        return "strategy/experiment";
    }

    @GetMapping("/accounts/{id}/strategy-panel")
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD', 'AGENT', 'COMPLIANCE', 'LEGAL', 'ANALYST')")
    String panel(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("s", accounts.of(user, id));
        model.addAttribute("allocation", allocations.explain(user.tenantId(), id).orElse(null));
        return "strategy/panel";
    }

    @PostMapping("/strategy/versions")
    @PreAuthorize(StrategyRoles.STEER)
    String newDraft(@RequestParam UUID basedOn, @RequestParam(required = false) String name) {
        CurrentUser user = currentUsers.require();
        StrategyVersions.Version base = versions.get(user.tenantId(), basedOn);
        String draftName = name == null || name.isBlank() ? base.name() : name;
        return "redirect:/strategy/versions/" + versions.createDraft(user, draftName, base.definition()).id();
    }

    @GetMapping("/strategy/versions/{id}")
    @PreAuthorize(StrategyRoles.READ)
    String version(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        StrategyVersions.Version version = versions.get(user.tenantId(), id);
        return render(user, version, DefinitionForm.of(version.name(), version.definition()),
                checks.check(user.tenantId(), version.definition()), Map.of(), model);
    }

    @PostMapping("/strategy/versions/{id}")
    @PreAuthorize(StrategyRoles.STEER)
    String save(@PathVariable UUID id, @ModelAttribute("form") DefinitionForm form, Model model) {
        CurrentUser user = currentUsers.require();
        StrategyDefinition definition = form.toDefinition();
        Map<String, DefinitionForm.Problem> problems = new java.util.LinkedHashMap<>(form.problems());
        StrategyVersions.Version version = versions.get(user.tenantId(), id);
        if (problems.isEmpty()) {
            try {
                version = versions.updateDraft(user, id, form.getName(), definition);
                model.addAttribute("saved", true);
            }
            catch (BusinessRuleException ex) {
                model.addAttribute("error", PageProblem.of(ex));
            }
        }
        DefinitionForm shown = problems.isEmpty() ? DefinitionForm.of(version.name(), version.definition()) : form;
        if (!problems.isEmpty()) {
            form.addBlanks();
        }
        return render(user, version, shown, checks.check(user.tenantId(), definition), problems, model);
    }

    @PostMapping("/strategy/versions/{id}/publish")
    @PreAuthorize(StrategyRoles.STEER)
    String publish(@PathVariable UUID id, @RequestParam(required = false) LocalDate effectiveFrom,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        try {
            versions.publish(user, id, effectiveFrom);
            redirect.addFlashAttribute("notice", "strategy.version.published");
        }
        catch (BusinessRuleException ex) {
            redirect.addFlashAttribute("error", PageProblem.of(ex));
            // the date stays as typed, to be corrected
            redirect.addFlashAttribute("typedEffectiveFrom", effectiveFrom);
        }
        return "redirect:/strategy/versions/" + id;
    }

    private String render(CurrentUser user, StrategyVersions.Version version, DefinitionForm form,
            List<DefinitionCheck.Finding> findings, Map<String, DefinitionForm.Problem> problems, Model model) {
        model.addAttribute("version", version);
        model.addAttribute("lines", lines(version.definition(), Map.of()));
        model.addAttribute("form", form);
        model.addAttribute("findings", findings);
        model.addAttribute("findingTexts", findingTexts.of(findings));
        model.addAttribute("problems", problems);
        model.addAttribute("editable", version.draft() && canSteer(user));
        model.addAttribute("canSteer", canSteer(user));
        model.addAttribute("today", versions.today(user.tenantId()));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("channels", ActionChannel.values());
        model.addAttribute("exits", StrategyDefinition.Exit.values());
        model.addAttribute("outcomes", io.recoverydesk.compliance.policy.Outcome.values());
        return "strategy/version";
    }

    private static boolean canSteer(CurrentUser user) {
        return user.hasAnyRole(Role.ADMIN, Role.MANAGER, Role.ANALYST);
    }

}
