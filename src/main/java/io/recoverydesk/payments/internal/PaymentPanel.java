package io.recoverydesk.payments.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.web.PageProblem;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The payments slot of the account page (htmx): the account's payments, reversals,
 * write-offs and credit; posting and reversing for the roles that may. A change answers
 * {@code HX-Trigger} so that the page's other slots reload, and {@code rd:money-posted}:
 * what other modules do about a posting or a reversal (a promise kept, a settlement paid)
 * happens just after it, so the page looks again a few times.
 */
@Controller
class PaymentPanel {

    static final String PANEL = "payments/panel :: panel";

    static final String CHANGED = "rd:money-changed, rd:timeline-changed, rd:money-posted";

    private final AccountPayments accountPayments;

    private final PaymentDesk desk;

    private final PaymentReversal reversal;

    private final CurrentUsers currentUsers;

    private final Tenants tenants;

    private final java.time.Clock clock;

    PaymentPanel(AccountPayments accountPayments, PaymentDesk desk, PaymentReversal reversal, CurrentUsers currentUsers,
            Tenants tenants, java.time.Clock clock) {
        this.accountPayments = accountPayments;
        this.desk = desk;
        this.reversal = reversal;
        this.currentUsers = currentUsers;
        this.tenants = tenants;
        this.clock = clock;
    }

    @GetMapping("/accounts/{id}/payments-panel")
    String panel(@PathVariable UUID id, Model model) {
        return render(currentUsers.require(), id, model);
    }

    @PostMapping("/accounts/{id}/payments")
    @PreAuthorize(PaymentRoles.POST)
    String post(@PathVariable UUID id, @RequestParam(required = false) String amount,
            @RequestParam(required = false) String paidAt, @RequestParam(required = false) String method,
            @RequestParam(required = false) String reference, @RequestParam(required = false) String idempotencyKey,
            @RequestParam(name = Overpayment.CONFIRM, required = false) String confirmOverpayment, Model model,
            HttpServletResponse response) {
        CurrentUser user = currentUsers.require();
        AccountPayments.View view = accountPayments.of(user, id);
        try {
            Overpayment.requireConfirmed(PaymentRules.amount(amount), view.balance(), confirmOverpayment);
            desk.post(user, new PaymentDesk.PostRequest(id, null, null, PaymentRules.amount(amount), view.currency(),
                    paidAt, method, reference), idempotencyKey, "UI");
            model.addAttribute("saved", "pay.saved");
            response.setHeader("HX-Trigger", CHANGED);
        }
        catch (BusinessRuleException | ConflictException | BadRequestException ex) {
            refused(model, PageProblem.of(ex), new Form(amount, paidAt, method, reference, idempotencyKey));
        }
        return render(user, id, model);
    }

    @PostMapping("/accounts/{id}/payments/{paymentId}/reversal")
    @PreAuthorize(PaymentRoles.REVERSE)
    String reverse(@PathVariable UUID id, @PathVariable UUID paymentId, @RequestParam(required = false) String reason,
            Model model, HttpServletResponse response) {
        CurrentUser user = currentUsers.require();
        try {
            if (!accountPayments.payment(user, paymentId).accountId().equals(id)) {
                throw new NotFoundException("payment " + paymentId + " not found");
            }
            reversal.reverse(user, paymentId, reason);
            model.addAttribute("saved", "pay.reversed");
            response.setHeader("HX-Trigger", CHANGED);
        }
        catch (BusinessRuleException | ConflictException | NotFoundException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        return render(user, id, model);
    }

    /**
     * Shows the problem and the values again; the key stays (a corrected retry is still
     * one payment) unless the key itself was the problem.
     */
    private static void refused(Model model, PageProblem problem, Form form) {
        model.addAttribute("error", problem);
        boolean keyProblem = problem.key().contains("idempotency");
        model.addAttribute("form", keyProblem
                ? new Form(form.amount(), form.paidAt(), form.method(), form.reference(), Ids.newId().toString())
                : form);
    }

    /** The values of a form that failed, shown again; a new key only after a success. */
    record Form(String amount, String paidAt, String method, String reference, String idempotencyKey) {
    }

    private String render(CurrentUser user, UUID id, Model model) {
        AccountPayments.View view = accountPayments.of(user, id);
        String zone = tenants.get(user.tenantId()).zone().getId();
        model.addAttribute("v", view);
        model.addAttribute("zone", zone);
        model.addAttribute("canPost", PaymentRoles.mayPost(user));
        model.addAttribute("canReverse", PaymentRoles.mayReverse(user));
        model.addAttribute("methods", PaymentRules.METHODS.stream().sorted().toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form",
                    new Form(null, LocalDate.now(clock.withZone(java.time.ZoneId.of(zone))).toString(), "BANK_TRANSFER",
                            null, Ids.newId().toString()));
        }
        return PANEL;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

}
