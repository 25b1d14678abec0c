package io.recoverydesk.compliance.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.web.PageProblem;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The compliance officer's and the strategist's template pages: the list by stage and
 * channel, and one template with its versions, the text in use beside the open draft,
 * findings marked, review buttons and a preview for an account.
 */
@Controller
class TemplatePages {

    private final TemplateDesk desk;

    private final TemplateIssueTexts issueTexts;

    private final CurrentUsers currentUsers;

    private final Tenants tenants;

    TemplatePages(TemplateDesk desk, CurrentUsers currentUsers, Tenants tenants, TemplateIssueTexts issueTexts) {
        this.desk = desk;
        this.issueTexts = issueTexts;
        this.currentUsers = currentUsers;
        this.tenants = tenants;
    }

    /** A piece of a text: plain, or a finding of {@code category}. */
    record Segment(String text, String category) {
    }

    @GetMapping("/compliance/templates")
    @PreAuthorize(ComplianceRoles.READ)
    String list(@RequestParam(required = false) String stage, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String status, Model model) {
        return renderList(currentUsers.require(), stage, channel, status, model);
    }

    @PostMapping("/compliance/templates")
    @PreAuthorize(TemplateStatus.AUTHOR)
    String create(@RequestParam Map<String, String> form, Model model) {
        CurrentUser user = currentUsers.require();
        TemplateDesk.NewTemplate t = new TemplateDesk.NewTemplate(form.get("code"), form.get("name"), form.get("stage"),
                form.get("channel"), form.get("audience"), form.get("locale"), form.get("pack"),
                blankToNull(form.get("subject")), form.get("body"));
        try {
            desk.create(user, t);
            return "redirect:/compliance/templates/" + t.code().strip();
        }
        catch (BusinessRuleException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        catch (ConflictException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        model.addAttribute("form", form);
        return renderList(user, null, null, null, model);
    }

    @GetMapping("/compliance/templates/{code}")
    @PreAuthorize(ComplianceRoles.READ)
    String show(@PathVariable String code, Model model) {
        return render(currentUsers.require(), code, model);
    }

    @PostMapping("/compliance/templates/{code}/versions")
    @PreAuthorize(TemplateStatus.AUTHOR)
    String newVersion(@PathVariable String code, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String body, Model model) {
        CurrentUser user = currentUsers.require();
        return act(user, code, model, "saved", () -> desk.newVersion(user, code, blankToNull(subject), body));
    }

    @PostMapping("/compliance/templates/{code}/versions/{n}/submit")
    @PreAuthorize(TemplateStatus.AUTHOR)
    String submit(@PathVariable String code, @PathVariable int n, Model model) {
        CurrentUser user = currentUsers.require();
        return act(user, code, model, "submitted", () -> desk.submit(user, code, n));
    }

    @PostMapping("/compliance/templates/{code}/versions/{n}/approve")
    @PreAuthorize(TemplateStatus.REVIEW)
    String approve(@PathVariable String code, @PathVariable int n, Model model) {
        CurrentUser user = currentUsers.require();
        return act(user, code, model, "approved", () -> desk.approve(user, code, n));
    }

    @PostMapping("/compliance/templates/{code}/versions/{n}/reject")
    @PreAuthorize(TemplateStatus.REVIEW)
    String reject(@PathVariable String code, @PathVariable int n, @RequestParam(required = false) String comment,
            Model model) {
        CurrentUser user = currentUsers.require();
        return act(user, code, model, "rejected", () -> desk.reject(user, code, n, comment));
    }

    @PostMapping("/compliance/templates/{code}/versions/{n}/retire")
    @PreAuthorize(TemplateStatus.RETIRE)
    String retire(@PathVariable String code, @PathVariable int n, Model model) {
        CurrentUser user = currentUsers.require();
        return act(user, code, model, "retired", () -> desk.retire(user, code, n));
    }

    @PostMapping("/compliance/templates/{code}/preview")
    @PreAuthorize(ComplianceRoles.READ)
    String preview(@PathVariable String code, @RequestParam(required = false) String accountId,
            @RequestParam(required = false) Integer version, Model model) {
        CurrentUser user = currentUsers.require();
        try {
            TemplateDesk.Preview p = desk.preview(user, code, UUID.fromString(accountId.strip()), version);
            model.addAttribute("preview", p);
            model.addAttribute("previewSegments", segments(p.body(), p.issues()));
        }
        catch (IllegalArgumentException | NullPointerException ex) {
            model.addAttribute("error", PageProblem.of("bad-account-id", "accountId: " + accountId));
        }
        catch (NotFoundException | BusinessRuleException
                | org.springframework.security.access.AccessDeniedException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        model.addAttribute("accountId", accountId);
        return render(user, code, model);
    }

    private String act(CurrentUser user, String code, Model model, String done, Runnable action) {
        try {
            action.run();
            model.addAttribute("done", done);
        }
        catch (BusinessRuleException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        catch (ConflictException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        return render(user, code, model);
    }

    private String renderList(CurrentUser user, String stage, String channel, String status, Model model) {
        model.addAttribute("stage", stage);
        model.addAttribute("channel", channel);
        model.addAttribute("status", status);
        model.addAttribute("rows", desk.list(user.tenantId(), stage, channel, status));
        model.addAttribute("stages", TemplateStatus.STAGES);
        model.addAttribute("channels", TemplateStatus.CHANNELS);
        model.addAttribute("statuses", TemplateStatus.STATUSES);
        model.addAttribute("audiences", TemplateStatus.AUDIENCES);
        model.addAttribute("locales", TemplateStatus.LOCALES);
        model.addAttribute("packs", TemplateStatus.PACKS);
        model.addAttribute("canAuthor", canAuthor(user));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "compliance/templates";
    }

    private String render(CurrentUser user, String code, Model model) {
        TemplateDesk.TemplateView view = desk.view(user.tenantId(), code);
        model.addAttribute("t", view.template());
        model.addAttribute("versions", view.versions());
        model.addAttribute("inUse", view.inUse());
        TemplateStore.Version current = view.current().orElse(null);
        TemplateStore.Version open = view.open().orElse(null);
        model.addAttribute("current", current);
        model.addAttribute("open", open);
        if (current != null) {
            model.addAttribute("currentSegments",
                    segments(current.body(), desk.issues(view.template(), current.subject(), current.body())));
        }
        if (open != null) {
            List<TemplateDesk.Issue> issues = desk.issues(view.template(), open.subject(), open.body());
            model.addAttribute("openIssues", issues);
            model.addAttribute("openIssueTexts", issueTexts.of(issues));
            model.addAttribute("openSegments", segments(open.body(), issues));
            model.addAttribute("reviewBlocked", reviewBlocked(user, open));
        }
        TemplateStore.Version latest = view.versions().isEmpty() ? null : view.versions().get(0);
        model.addAttribute("editSubject", open != null ? open.subject() : latest == null ? "" : latest.subject());
        model.addAttribute("editBody", open != null ? open.body() : latest == null ? "" : latest.body());
        model.addAttribute("hasSubject", TemplateStatus.hasSubject(view.template().channel()));
        model.addAttribute("canAuthor", canAuthor(user));
        model.addAttribute("isCompliance", user.hasRole(Role.COMPLIANCE));
        model.addAttribute("canRetire", user.hasAnyRole(Role.ADMIN, Role.COMPLIANCE));
        model.addAttribute("zone", tenants.get(user.tenantId()).zone().getId());
        return "compliance/template";
    }

    /** The message key telling why this user cannot review, or null when they can. */
    private static String reviewBlocked(CurrentUser user, TemplateStore.Version open) {
        if (!user.hasRole(Role.COMPLIANCE)) {
            return "tpl.blocked.role";
        }
        if (!TemplateStatus.IN_REVIEW.equals(open.status())) {
            return "tpl.blocked.notInReview";
        }
        return TemplateDesk.fourEyes(user, open) == null ? null : "tpl.blocked.fourEyes";
    }

    private static boolean canAuthor(CurrentUser user) {
        return user.hasAnyRole(Role.ADMIN, Role.MANAGER, Role.COMPLIANCE, Role.ANALYST);
    }

    /** The body cut at the scanner findings' offsets (overlaps merged into the first). */
    static List<Segment> segments(String body, List<TemplateDesk.Issue> issues) {
        List<Segment> out = new ArrayList<>();
        if (body == null) {
            return out;
        }
        List<TemplateDesk.Issue> marks = issues.stream()
            .filter(i -> "body".equals(i.field()) && i.start() != null)
            .sorted(Comparator.comparing(TemplateDesk.Issue::start))
            .toList();
        int at = 0;
        for (TemplateDesk.Issue i : marks) {
            int start = Math.max(at, Math.min(i.start(), body.length()));
            int end = Math.min(i.end(), body.length());
            if (end <= start) {
                continue;
            }
            if (start > at) {
                out.add(new Segment(body.substring(at, start), null));
            }
            out.add(new Segment(body.substring(start, end), i.category()));
            at = end;
        }
        if (at < body.length()) {
            out.add(new Segment(body.substring(at), null));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

}
