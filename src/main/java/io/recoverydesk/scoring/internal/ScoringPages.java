package io.recoverydesk.scoring.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.scoring.model.ModelMetrics;
import io.recoverydesk.kernel.web.PageProblem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The model page: the latest version's metrics (AUC, base rate, Brier score), calibration
 * by decile as a chart, lift, the reasons that move today's scores most, the bands of the
 * open accounts, and every version; strategists retrain from here.
 */
@Controller
class ScoringPages {

    /**
     * Accounts whose stored reasons are counted for the page (a sample on large
     * portfolios).
     */
    static final int REASON_SAMPLE = 20_000;

    private final ModelStore store;

    private final ScoringJobs jobs;

    private final JdbcClient jdbc;

    private final CurrentUsers currentUsers;

    private final Tenants tenants;

    ScoringPages(ModelStore store, ScoringJobs jobs, JdbcClient jdbc, CurrentUsers currentUsers, Tenants tenants) {
        this.store = store;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.tenants = tenants;
    }

    /** A bar of the calibration chart, in SVG coordinates (0–100). */
    record Bar(ModelMetrics.Decile decile, double observedHeight, double predictedHeight) {
    }

    /** How often a feature is among an account's top reasons, and which way. */
    record ReasonCount(String feature, String direction, long accounts) {
    }

    @GetMapping("/scoring")
    @PreAuthorize(ScoringApiController.STEER)
    String page(Model model) {
        CurrentUser user = currentUsers.require();
        List<ModelStore.Version> versions = store.list(user.tenantId());
        model.addAttribute("versions", versions);
        model.addAttribute("zone", tenants.get(user.tenantId()).zone().getId());
        if (!versions.isEmpty()) {
            ModelStore.Version latest = versions.get(0);
            model.addAttribute("latest", latest);
            double top = latest.metrics()
                .deciles()
                .stream()
                .mapToDouble(d -> Math.max(d.observedRate(), d.meanPredicted()))
                .max()
                .orElse(1);
            double scale = top <= 0 ? 1 : 100 / top;
            model.addAttribute("bars",
                    latest.metrics()
                        .deciles()
                        .stream()
                        .map(d -> new Bar(d, d.observedRate() * scale, d.meanPredicted() * scale))
                        .toList());
            model.addAttribute("chartTop", top);
        }
        Map<String, Long> bands = new TreeMap<>();
        jdbc.sql("select band, count(*) from account_score where tenant_id = ? group by band")
            .param(user.tenantId().value())
            .query((rs, n) -> bands.put(rs.getString(1), rs.getLong(2)))
            .list();
        model.addAttribute("bands", bands);
        model.addAttribute("reasons", reasonCounts(user));
        return "scoring/model";
    }

    private List<ReasonCount> reasonCounts(CurrentUser user) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select reasons from account_score where tenant_id = ? fetch first " + REASON_SAMPLE + " rows only")
            .param(user.tenantId().value())
            .query(String.class)
            .list()
            .forEach(stored -> {
                for (String reason : stored.split(";")) {
                    if (!reason.isBlank()) {
                        counts.merge(reason, 1L, Long::sum);
                    }
                }
            });
        List<ReasonCount> out = new ArrayList<>();
        counts.forEach((reason, n) -> out.add(new ReasonCount(reason.substring(0, reason.length() - 1),
                reason.endsWith("+") ? "RAISES" : "LOWERS", n)));
        out.sort((a, b) -> Long.compare(b.accounts(), a.accounts()));
        return out.subList(0, Math.min(10, out.size()));
    }

    @PostMapping("/scoring/train")
    @PreAuthorize(ScoringApiController.STEER)
    String train(RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        try {
            ModelStore.Version version = jobs.trainAndScore(user.tenantId(), user.username());
            redirect.addFlashAttribute("trained", version.version());
        }
        catch (BusinessRuleException | ConflictException ex) {
            redirect.addFlashAttribute("error", PageProblem.of(ex));
        }
        return "redirect:/scoring";
    }

}
