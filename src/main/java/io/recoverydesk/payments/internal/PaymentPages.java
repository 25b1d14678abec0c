package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.web.PageProblem;
import io.recoverydesk.portfolio.AccountDirectory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The payments page: post a payment to an account found by creditor and ref, and the
 * latest postings with their reversal.
 */
@Controller
class PaymentPages {

    private final PaymentDesk desk;

    private final PaymentReversal reversal;

    private final PaymentStore store;

    private final AccountDirectory directory;

    private final CurrentUsers currentUsers;

    private final Tenants tenants;

    private final Clock clock;

    PaymentPages(PaymentDesk desk, PaymentReversal reversal, PaymentStore store, AccountDirectory directory,
            CurrentUsers currentUsers, Tenants tenants, Clock clock) {
        this.desk = desk;
        this.reversal = reversal;
        this.store = store;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.tenants = tenants;
        this.clock = clock;
    }

    @GetMapping("/payments")
    @PreAuthorize(PaymentRoles.POST)
    String page(Model model) {
        return render(currentUsers.require(), Map.of(), model);
    }

    /** The account a creditor and ref name, for the form to show before posting. */
    @GetMapping("/payments/lookup")
    @PreAuthorize(PaymentRoles.POST)
    String lookup(@RequestParam(required = false) String creditor, @RequestParam(required = false) String ref,
            Model model) {
        CurrentUser user = currentUsers.require();
        if (creditor != null && !creditor.isBlank() && ref != null && !ref.isBlank()) {
            List<AccountDirectory.Workable> found = directory.select(user,
                    new AccountDirectory.Selection(null, List.of(ref.strip()), creditor.strip(), null, null), 1);
            model.addAttribute("found", found.isEmpty() ? null : found.get(0));
            model.addAttribute("looked", true);
        }
        return "payments/payments :: lookup";
    }

    @PostMapping("/payments")
    @PreAuthorize(PaymentRoles.POST)
    String post(@RequestParam Map<String, String> form, Model model) {
        CurrentUser user = currentUsers.require();
        try {
            if (form.get("creditor") == null || form.get("creditor").isBlank()) {
                throw PaymentRules.invalid("creditor-required", "creditor", "Choose the creditor of the account.");
            }
            BigDecimal amount = PaymentRules.amount(form.get("amount"));
            if (form.get("ref") != null && !form.get("ref").isBlank()) {
                directory
                    .select(user,
                            new AccountDirectory.Selection(null, List.of(form.get("ref").strip()),
                                    form.get("creditor").strip(), null, null),
                            1)
                    .stream()
                    .findFirst()
                    .ifPresent(account -> Overpayment.requireConfirmed(amount, account.balance(),
                            form.get(Overpayment.CONFIRM)));
            }
            PaymentPosting.Answer answer = desk.post(user,
                    new PaymentDesk.PostRequest(null, form.get("creditor"), form.get("ref"), amount,
                            form.get("currency"), form.get("paidAt"), form.get("method"), form.get("reference")),
                    form.get("idempotencyKey"), "UI");
            model.addAttribute("posted", store.find(user.tenantId(), answer.paymentId()).orElseThrow());
            return render(user, Map.of(), model);
        }
        catch (BusinessRuleException | ConflictException | BadRequestException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        if (((PageProblem) model.getAttribute("error")).key().contains("idempotency")) {
            Map<String, String> fresh = new java.util.HashMap<>(form);
            fresh.remove("idempotencyKey");
            return render(user, fresh, model);
        }
        return render(user, form, model);
    }

    @PostMapping("/payments/{id}/reversal")
    @PreAuthorize(PaymentRoles.REVERSE)
    String reverse(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        try {
            // done: back to the page by a redirect, so a reload does not ask to send it
            // again
            redirect.addFlashAttribute("reversedPayment", reversal.reverse(user, id, reason));
            return "redirect:/payments";
        }
        catch (BusinessRuleException | ConflictException | NotFoundException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        return render(user, Map.of(), model);
    }

    private String render(CurrentUser user, Map<String, String> form, Model model) {
        Tenants.Tenant tenant = tenants.get(user.tenantId());
        model.addAttribute("form", form);
        model.addAttribute("key", form.getOrDefault("idempotencyKey", Ids.newId().toString()));
        model.addAttribute("currency", form.getOrDefault("currency", tenant.currency().getCurrencyCode()));
        model.addAttribute("today", LocalDate.now(clock.withZone(tenant.zone())).toString());
        model.addAttribute("zone", tenant.zone().getId());
        model.addAttribute("methods", PaymentRules.METHODS.stream().sorted().toList());
        List<Payment> recent = store.recent(user.tenantId(), user.creditorScope(), 50);
        model.addAttribute("recent", recent);
        model.addAttribute("creditors", directory.creditors(user));
        // each payment's account by its reference and debtor (one read for the page)
        model.addAttribute("refs",
                directory.visible(user, recent.stream().map(Payment::accountId).distinct().toList()));
        model.addAttribute("canReverse", PaymentRoles.mayReverse(user));
        return "payments/payments";
    }

}
