package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.web.PageProblem;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The arrangements panel of the account page (htmx slot) and its forms: a promise (one
 * amount and date, or up to three installments), a plan with its previewed installments,
 * a settlement request with its discount and approver, cancelling. A successful action
 * answers {@code HX-Trigger: rd:money-changed, rd:timeline-changed}.
 */
@Controller
class ArrangementPages {

    static final String CHANGED = "rd:money-changed, rd:timeline-changed";

    private final ArrangementPanel panel;

    private final Promises promises;

    private final Plans plans;

    private final Settlements settlements;

    private final CurrentUsers currentUsers;

    private final MessageSource messages;

    ArrangementPages(ArrangementPanel panel, Promises promises, Plans plans, Settlements settlements,
            CurrentUsers currentUsers, MessageSource messages) {
        this.panel = panel;
        this.promises = promises;
        this.plans = plans;
        this.settlements = settlements;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    @GetMapping("/accounts/{id}/arrangements")
    @PreAuthorize(ArrangementRoles.READ)
    String show(@PathVariable UUID id, Model model) {
        return panel.fill(currentUsers.require(), id, model, Map.of());
    }

    @PostMapping("/accounts/{id}/arrangements/promise")
    @PreAuthorize(ArrangementRoles.MAKE)
    String promise(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response) {
        CurrentUser user = currentUsers.require();
        return act(user, id, "promise", form, model, response, () -> {
            List<ArrangementRequests.Part> parts = new ArrayList<>();
            for (String suffix : List.of("", "2", "3")) {
                String amount = form.get("amount" + suffix);
                String date = form.get("dueDate" + suffix);
                if (!blank(amount) || !blank(date)) {
                    parts.add(new ArrangementRequests.Part(decimal(amount), date(date)));
                }
            }
            promises.create(user, id, ArrangementRequests.checked(parts, parts.size() == 1 ? "" : "installments"));
            model.addAttribute("done", "arr.done.promise");
        });
    }

    @PostMapping("/accounts/{id}/arrangements/plan")
    @PreAuthorize(ArrangementRoles.MAKE)
    String plan(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response) {
        CurrentUser user = currentUsers.require();
        boolean preview = form.containsKey("preview");
        return act(user, id, "plan", form, model, preview ? null : response, () -> {
            Plans.Terms terms = new Plans.Terms(decimal(form.get("total")), integer(form.get("count")),
                    form.get("frequency"), date(form.get("firstDate")), null);
            if (preview) {
                model.addAttribute("planPreview", Plans.schedule(terms.total(), terms.count(), terms.frequency(),
                        terms.firstDate(), panel.scale(user, id)));
                return;
            }
            plans.create(user, id, terms);
            model.addAttribute("done", "arr.done.plan");
        });
    }

    @PostMapping("/accounts/{id}/arrangements/settlement/preview")
    @PreAuthorize(ArrangementRoles.MAKE)
    String settlementPreview(@PathVariable UUID id, @RequestParam(required = false) String amount, Model model) {
        CurrentUser user = currentUsers.require();
        try {
            model.addAttribute("preview", panel.settlementPreview(user, id, decimal(amount)));
        }
        catch (BusinessRuleException ex) {
            model.addAttribute("preview", null);
        }
        return "casework/arrangements :: settlementPreview";
    }

    @PostMapping("/accounts/{id}/arrangements/settlement")
    @PreAuthorize(ArrangementRoles.MAKE)
    String settlement(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response) {
        CurrentUser user = currentUsers.require();
        return act(user, id, "settlement", form, model, response, () -> {
            SettlementStore.View s = settlements.request(user, id, decimal(form.get("amount")),
                    date(form.get("validUntil")), form.get("reason"));
            model.addAttribute("done",
                    s.status().equals("APPROVED") ? "arr.done.settlementApproved" : "arr.done.settlementRequested");
        });
    }

    @PostMapping("/accounts/{id}/arrangements/promises/{promiseId}/cancel")
    @PreAuthorize(ArrangementRoles.MAKE)
    String cancelPromise(@PathVariable UUID id, @PathVariable UUID promiseId,
            @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        CurrentUser user = currentUsers.require();
        return act(user, id, "cancelPromise", Map.of(), model, response, () -> {
            promises.cancel(user, promiseId, reason);
            model.addAttribute("done", "arr.done.cancelled");
        });
    }

    @PostMapping("/accounts/{id}/arrangements/plans/{planId}/cancel")
    @PreAuthorize(ArrangementRoles.MAKE)
    String cancelPlan(@PathVariable UUID id, @PathVariable UUID planId, @RequestParam(required = false) String reason,
            Model model, HttpServletResponse response) {
        CurrentUser user = currentUsers.require();
        return act(user, id, "cancelPlan", Map.of(), model, response, () -> {
            plans.cancel(user, planId, reason);
            model.addAttribute("done", "arr.done.cancelled");
        });
    }

    @PostMapping("/accounts/{id}/arrangements/settlements/{settlementId}/cancel")
    @PreAuthorize(ArrangementRoles.MAKE)
    String cancelSettlement(@PathVariable UUID id, @PathVariable UUID settlementId,
            @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        CurrentUser user = currentUsers.require();
        return act(user, id, "cancelSettlement", Map.of(), model, response, () -> {
            settlements.cancel(user, settlementId, reason);
            model.addAttribute("done", "arr.done.cancelled");
        });
    }

    private String act(CurrentUser user, UUID id, String which, Map<String, String> form, Model model,
            HttpServletResponse response, Runnable action) {
        boolean ok = false;
        try {
            action.run();
            ok = true;
        }
        catch (BusinessRuleException ex) {
            model.addAttribute("error", PageProblem.of(ex));
            model.addAttribute("errorParts", InstallmentProblems.texts(ex, messages, LocaleContextHolder.getLocale()));
        }
        catch (BadRequestException | ConflictException | AccessDeniedException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        catch (NumberFormatException ex) {
            model.addAttribute("error", PageProblem.of("not-a-number", "Not a number."));
        }
        catch (DateTimeParseException ex) {
            model.addAttribute("error", PageProblem.of("not-a-date", "Not a date: " + ex.getParsedString()));
        }
        catch (NotFoundException ex) {
            throw ex;
        }
        model.addAttribute("opened", ok && model.getAttribute("done") != null ? null : which);
        if (ok && response != null) {
            response.setHeader("HX-Trigger", CHANGED);
        }
        return panel.fill(user, id, model, ok && model.getAttribute("done") != null ? Map.of() : form);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static BigDecimal decimal(String s) {
        return blank(s) ? null : new BigDecimal(s.strip().replace(",", ""));
    }

    static Integer integer(String s) {
        return blank(s) ? null : Integer.valueOf(s.strip());
    }

    static LocalDate date(String s) {
        return blank(s) ? null : LocalDate.parse(s.strip());
    }

}
