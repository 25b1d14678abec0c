package io.recoverydesk.payments.internal;

import java.util.ArrayList;
import java.util.List;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.web.PageProblem;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page where the back office sets a creditor's allocation order. */
@Controller
class AllocationOrderPages {

    private final AllocationOrders orders;

    private final CurrentUsers currentUsers;

    AllocationOrderPages(AllocationOrders orders, CurrentUsers currentUsers) {
        this.orders = orders;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/payments/allocation-order")
    @PreAuthorize(PaymentRoles.BACK_OFFICE)
    String page(@RequestParam(required = false) String creditor, Model model) {
        CurrentUser user = currentUsers.require();
        if (creditor != null && !creditor.isBlank()) {
            try {
                model.addAttribute("order", orders.visible(user, creditor.strip()).parts());
            }
            catch (NotFoundException ex) {
                model.addAttribute("error", PageProblem.of("unknown-creditor", ex.getMessage()));
            }
        }
        return render(creditor, model);
    }

    @PostMapping("/payments/allocation-order")
    @PreAuthorize(PaymentRoles.BACK_OFFICE)
    String save(@RequestParam String creditor, @RequestParam(name = "part") List<String> parts, Model model) {
        CurrentUser user = currentUsers.require();
        try {
            model.addAttribute("order", orders.set(user, creditor.strip(), AllocationOrder.parse(parts)).parts());
            model.addAttribute("saved", "pay.order.saved");
        }
        catch (BusinessRuleException ex) {
            model.addAttribute("error", PageProblem.of(ex));
            model.addAttribute("order", new ArrayList<>(parts));
        }
        catch (NotFoundException ex) {
            model.addAttribute("error", PageProblem.of("unknown-creditor", ex.getMessage()));
        }
        return render(creditor, model);
    }

    private String render(String creditor, Model model) {
        model.addAttribute("creditor", creditor == null ? "" : creditor.strip());
        model.addAttribute("parts", List.of(AllocationOrder.Part.values()));
        return "payments/allocation-order";
    }

}
