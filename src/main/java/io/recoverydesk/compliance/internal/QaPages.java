package io.recoverydesk.compliance.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.web.PageProblem;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * QA pages: the queue with scores and the scorecard (/qa), the review form of one item
 * (/qa/items/{id}) and the agent's own reviews (/qa/mine).
 */
@Controller
class QaPages {

    /**
     * The default criteria as stored ("CODE|label"): these are shown translated; edited
     * ones as typed.
     */
    static final java.util.Set<String> DEFAULT_LABELS = java.util.Set
        .copyOf(QaScoring.DEFAULT.stream().map(c -> c.code() + "|" + c.label()).toList());

    private final QaDesk desk;

    private final QaScorecards scorecards;

    private final QaSampler sampler;

    private final QaScores scores;

    private final CurrentUsers currentUsers;

    private final org.springframework.context.MessageSource messages;

    QaPages(QaDesk desk, QaScorecards scorecards, QaSampler sampler, QaScores scores, CurrentUsers currentUsers,
            org.springframework.context.MessageSource messages) {
        this.desk = desk;
        this.scorecards = scorecards;
        this.sampler = sampler;
        this.scores = scores;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    /**
     * The form shows default criteria translated; a label left as its translation is
     * stored as the default one, so it stays translated in both languages.
     */
    private String storedLabel(String code, String label) {
        if (code == null || label == null) {
            return label;
        }
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        for (QaScoring.Criterion d : QaScoring.DEFAULT) {
            if (d.code().equals(c) && label.strip()
                .equals(messages.getMessage("qa.criterion." + c, null, d.label(),
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()))) {
                return d.label();
            }
        }
        return label;
    }

    @GetMapping("/qa")
    @PreAuthorize(QaRoles.REVIEW)
    String queue(@RequestParam(required = false) String reviewed, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String reason, Model model) {
        model.addAttribute("reviewed", reviewed);
        model.addAttribute("reason", reason != null && QaDesk.REASONS.contains(reason) ? reason : null);
        return render(currentUsers.require(), from, to, model);
    }

    @PostMapping("/qa/sampling")
    @PreAuthorize(QaRoles.REVIEW)
    String sample(@RequestParam(required = false) String week, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        try {
            QaSampling.Week w = week == null || week.isBlank() ? sampler.lastCompletedWeek(user.tenantId())
                    : QaSampling.Week.parse(week);
            redirect.addFlashAttribute("sampled", sampler.sample(user.tenantId(), user.username(), w));
            return "redirect:/qa";
        }
        catch (BadRequestException ex) {
            model.addAttribute("error", PageProblem.of(ex));
            model.addAttribute("typedWeek", week);
        }
        return render(user, null, null, model);
    }

    @PostMapping("/qa/settings")
    @PreAuthorize(QaRoles.CONFIGURE)
    String settings(@RequestParam(required = false) String samplePercent, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        try {
            scorecards.saveSamplePercent(user, parseInt(samplePercent));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/qa";
        }
        catch (BusinessRuleException ex) {
            model.addAttribute("error", PageProblem.of(ex));
            model.addAttribute("typedPercent", samplePercent == null ? "" : samplePercent);
        }
        return render(user, null, null, model);
    }

    /** A scorecard row as typed, shown again after a refusal. */
    record TypedCriterion(String code, String label, String weight) {
    }

    @PostMapping("/qa/scorecard")
    @PreAuthorize(QaRoles.CONFIGURE)
    String scorecard(@RequestParam(name = "code", required = false) List<String> codes,
            @RequestParam(name = "label", required = false) List<String> labels,
            @RequestParam(name = "weight", required = false) List<String> weights, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        List<QaScoring.Criterion> criteria = new ArrayList<>();
        List<TypedCriterion> typed = new ArrayList<>();
        int n = codes == null ? 0 : codes.size();
        for (int i = 0; i < n; i++) {
            String code = codes.get(i);
            String label = labels != null && i < labels.size() ? labels.get(i) : "";
            String weight = weights != null && i < weights.size() ? weights.get(i) : "";
            if ((code == null || code.isBlank()) && (label == null || label.isBlank())
                    && (weight == null || weight.isBlank())) {
                continue;
            }
            Integer w = parseInt(weight);
            criteria.add(new QaScoring.Criterion(code, storedLabel(code, label), w == null ? 0 : w));
            typed.add(new TypedCriterion(code, label, weight));
        }
        try {
            scorecards.saveScorecard(user, criteria);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/qa";
        }
        catch (BusinessRuleException | ConflictException ex) {
            model.addAttribute("error", PageProblem.of(ex));
            model.addAttribute("typedCriteria", typed);
        }
        return render(user, null, null, model);
    }

    @GetMapping("/qa/items/{id}")
    @PreAuthorize(QaRoles.REVIEW)
    String item(@PathVariable UUID id, Model model) {
        return renderItem(currentUsers.require(), id, Map.of(), model);
    }

    @PostMapping("/qa/items/{id}/review")
    @PreAuthorize(QaRoles.REVIEW)
    String review(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        CurrentUser user = currentUsers.require();
        Map<String, Integer> scores = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("score_")) {
                Integer s = parseInt(v);
                if (s != null) {
                    scores.put(k.substring("score_".length()), s);
                }
            }
        });
        try {
            desk.review(user, id, new QaDesk.Submission(scores, form.get("comment"),
                    "true".equals(form.get("coachingNeeded")), parseInt(form.get("scorecardVersion"))));
            return "redirect:/qa?reviewed=" + id;
        }
        catch (BusinessRuleException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        catch (ConflictException | BadRequestException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        model.addAttribute("comment", form.get("comment"));
        model.addAttribute("coachingNeeded", "true".equals(form.get("coachingNeeded")));
        return renderItem(user, id, scores, model);
    }

    @GetMapping("/qa/mine")
    @PreAuthorize(QaRoles.OWN_REVIEWS)
    String mine(Model model) {
        CurrentUser user = currentUsers.require();
        List<QaStore.Review> reviews = desk.mine(user);
        List<QaStore.Review> team = user.hasRole(Role.TEAM_LEAD) ? desk.team(user) : List.of();
        Map<UUID, QaScorecardStore.Scorecard> cards = new HashMap<>();
        java.util.stream.Stream.concat(reviews.stream(), team.stream())
            .forEach(r -> cards.computeIfAbsent(r.scorecardId(),
                    id -> scorecards.scorecardVersion(user.tenantId(), id)));
        model.addAttribute("reviews", reviews);
        model.addAttribute("team", team);
        model.addAttribute("isLead", user.hasRole(Role.TEAM_LEAD));
        model.addAttribute("cards", cards);
        model.addAttribute("defaults", DEFAULT_LABELS);
        model.addAttribute("zone", sampler.zone(user.tenantId()).getId());
        model.addAttribute("max", QaScoring.MAX);
        return "qa/mine";
    }

    private String renderItem(CurrentUser user, UUID id, Map<String, Integer> scores, Model model) {
        QaDesk.ItemView view = desk.item(user, id);
        model.addAttribute("v", view);
        model.addAttribute("scores", view.review() != null ? view.review().scores() : scores);
        model.addAttribute("max", QaScoring.MAX);
        model.addAttribute("range", java.util.stream.IntStream.rangeClosed(0, QaScoring.MAX).boxed().toList());
        model.addAttribute("zone", sampler.zone(user.tenantId()).getId());
        model.addAttribute("defaults", DEFAULT_LABELS);
        return "qa/item";
    }

    private String render(CurrentUser user, String from, String to, Model model) {
        String reason = (String) model.getAttribute("reason");
        model.addAttribute("queue", desk.queue(user, reason, 200));
        model.addAttribute("reasons", QaDesk.REASONS);
        model.addAttribute("recent", desk.recentReviews(user, 20));
        QaScores.Scores lines;
        try {
            lines = scores.scores(user.tenantId(), from, to);
        }
        catch (BadRequestException ex) {
            model.addAttribute("error", PageProblem.of(ex));
            lines = scores.scores(user.tenantId(), null, null);
        }
        model.addAttribute("scores", lines);
        model.addAttribute("scorecard", scorecards.scorecard(user.tenantId()));
        model.addAttribute("samplePercent", scorecards.samplePercent(user.tenantId()));
        model.addAttribute("lastWeek", sampler.lastCompletedWeek(user.tenantId()).toString());
        model.addAttribute("canConfigure", user.hasAnyRole(Role.ADMIN, Role.COMPLIANCE));
        model.addAttribute("zone", sampler.zone(user.tenantId()).getId());
        model.addAttribute("max", QaScoring.MAX);
        model.addAttribute("defaults", DEFAULT_LABELS);
        return "qa/queue";
    }

    private static Integer parseInt(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        }
        catch (NumberFormatException ex) {
            return -1;
        }
    }

}
