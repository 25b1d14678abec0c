package io.recoverydesk.payments.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.kernel.BadRequestException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments over HTTP: posting with an Idempotency-Key (a retry answers the first answer,
 * byte for byte), an account's payments, reversal, the allocation order per creditor.
 */
@RestController
class PaymentApiController {

    private final PaymentDesk desk;

    private final PaymentReversal reversal;

    private final AccountPayments accountPayments;

    private final AllocationOrders orders;

    private final CurrentUsers currentUsers;

    PaymentApiController(PaymentDesk desk, PaymentReversal reversal, AccountPayments accountPayments,
            AllocationOrders orders, CurrentUsers currentUsers) {
        this.desk = desk;
        this.reversal = reversal;
        this.accountPayments = accountPayments;
        this.orders = orders;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/api/v1/payments")
    @PreAuthorize(PaymentRoles.POST)
    ResponseEntity<String> post(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody PaymentDesk.PostRequest body) {
        if (key == null || key.isBlank()) {
            throw new BadRequestException("idempotency-key-required",
                    "Send an Idempotency-Key header (e.g. a UUID) so that a retry never posts twice.");
        }
        PaymentPosting.Answer answer = desk.post(currentUsers.require(), body, key, "API");
        return ResponseEntity.status(answer.status())
            .contentType(MediaType.APPLICATION_JSON)
            .header("Idempotent-Replayed", Boolean.toString(answer.replayed()))
            .header("Location", "/api/v1/payments/" + answer.paymentId())
            .body(answer.body());
    }

    @GetMapping("/api/v1/payments/{id}")
    PaymentView get(@PathVariable UUID id) {
        return accountPayments.payment(currentUsers.require(), id);
    }

    @GetMapping("/api/v1/accounts/{id}/payments")
    AccountPayments.View ofAccount(@PathVariable UUID id) {
        return accountPayments.of(currentUsers.require(), id);
    }

    record ReversalBody(String reason) {
    }

    @PostMapping("/api/v1/payments/{id}/reversal")
    @PreAuthorize(PaymentRoles.REVERSE)
    PaymentView reverse(@PathVariable UUID id, @RequestBody(required = false) ReversalBody body) {
        return PaymentView.of(reversal.reverse(currentUsers.require(), id, body == null ? null : body.reason()));
    }

    record OrderBody(List<String> order) {
    }

    @GetMapping("/api/v1/creditors/{code}/allocation-order")
    Map<String, Object> order(@PathVariable String code) {
        CurrentUser user = currentUsers.require();
        return Map.of("creditor", code, "order", orders.visible(user, code).parts());
    }

    @PutMapping("/api/v1/creditors/{code}/allocation-order")
    @PreAuthorize(PaymentRoles.BACK_OFFICE)
    Map<String, Object> setOrder(@PathVariable String code, @RequestBody OrderBody body) {
        AllocationOrder order = AllocationOrder.parse(body == null ? null : body.order());
        return Map.of("creditor", code, "order", orders.set(currentUsers.require(), code, order).parts());
    }

}
