package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Promises, plans, settlements and the approvals inbox over HTTP. Every call checks the
 * account against the user's tenant and creditor scope (404 outside it).
 */
@RestController
class ArrangementApiController {

    private final Promises promises;

    private final Plans plans;

    private final Settlements settlements;

    private final SettlementLimits limits;

    private final ArrangementEvaluator evaluator;

    private final ArrangementRules rules;

    private final ArrangementHistory history;

    private final CurrentUsers currentUsers;

    ArrangementApiController(Promises promises, Plans plans, Settlements settlements, SettlementLimits limits,
            ArrangementEvaluator evaluator, ArrangementRules rules, ArrangementHistory history,
            CurrentUsers currentUsers) {
        this.history = history;
        this.promises = promises;
        this.plans = plans;
        this.settlements = settlements;
        this.limits = limits;
        this.evaluator = evaluator;
        this.rules = rules;
        this.currentUsers = currentUsers;
    }

    record PromiseBody(BigDecimal amount, LocalDate dueDate, List<ArrangementRequests.Part> installments) {
    }

    /** {@code installments} is a count (with total, frequency, firstDate) or a list. */
    record PlanBody(BigDecimal total, Object installments, String frequency, LocalDate firstDate) {
    }

    record SettlementBody(BigDecimal amount, LocalDate validUntil, String reason) {
    }

    record ReasonBody(String reason) {
    }

    @GetMapping("/api/v1/accounts/{id}/promises")
    @PreAuthorize(ArrangementRoles.READ)
    Map<String, Object> promises(@PathVariable UUID id) {
        return Map.of("items", promises.list(currentUsers.require(), id));
    }

    @PostMapping("/api/v1/accounts/{id}/promises")
    @PreAuthorize(ArrangementRoles.MAKE)
    ResponseEntity<PromiseStore.View> promise(@PathVariable UUID id, @RequestBody PromiseBody body) {
        List<Installment> parts = ArrangementRequests.promise(body.amount(), body.dueDate(), body.installments());
        return ResponseEntity.status(HttpStatus.CREATED).body(promises.create(currentUsers.require(), id, parts));
    }

    @PostMapping("/api/v1/promises/{id}/cancel")
    @PreAuthorize(ArrangementRoles.MAKE)
    PromiseStore.View cancelPromise(@PathVariable UUID id, @RequestBody(required = false) ReasonBody body) {
        return promises.cancel(currentUsers.require(), id, body == null ? null : body.reason());
    }

    @GetMapping("/api/v1/accounts/{id}/plans")
    @PreAuthorize(ArrangementRoles.READ)
    Map<String, Object> plans(@PathVariable UUID id) {
        return Map.of("items", plans.list(currentUsers.require(), id));
    }

    @PostMapping("/api/v1/accounts/{id}/plans")
    @PreAuthorize(ArrangementRoles.MAKE)
    ResponseEntity<PlanStore.View> plan(@PathVariable UUID id, @RequestBody PlanBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(plans.create(currentUsers.require(), id, terms(body)));
    }

    @PostMapping("/api/v1/plans/{id}/cancel")
    @PreAuthorize(ArrangementRoles.MAKE)
    PlanStore.View cancelPlan(@PathVariable UUID id, @RequestBody(required = false) ReasonBody body) {
        return plans.cancel(currentUsers.require(), id, body == null ? null : body.reason());
    }

    @GetMapping("/api/v1/accounts/{id}/settlements")
    @PreAuthorize(ArrangementRoles.READ)
    Map<String, Object> settlements(@PathVariable UUID id) {
        return Map.of("items", settlements.list(currentUsers.require(), id));
    }

    @PostMapping("/api/v1/accounts/{id}/settlements")
    @PreAuthorize(ArrangementRoles.MAKE)
    ResponseEntity<SettlementStore.View> settle(@PathVariable UUID id, @RequestBody SettlementBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
            .body(settlements.request(currentUsers.require(), id, body.amount(), body.validUntil(), body.reason()));
    }

    /** What happened to the account's promises, plans and settlements, newest first. */
    @GetMapping("/api/v1/accounts/{id}/arrangement-history")
    @PreAuthorize(ArrangementRoles.READ)
    Map<String, Object> history(@PathVariable UUID id) {
        CurrentUser user = currentUsers.require();
        rules.requireVisible(user, id);
        return Map.of("items", history.of(user.tenantId(), id, 200));
    }

    @PostMapping("/api/v1/settlements/{id}/cancel")
    @PreAuthorize(ArrangementRoles.MAKE)
    SettlementStore.View cancelSettlement(@PathVariable UUID id, @RequestBody(required = false) ReasonBody body) {
        return settlements.cancel(currentUsers.require(), id, body == null ? null : body.reason());
    }

    @GetMapping("/api/v1/approvals")
    @PreAuthorize(ArrangementRoles.APPROVE)
    Map<String, Object> approvals() {
        return Map.of("items", settlements.inbox(currentUsers.require()));
    }

    @PostMapping("/api/v1/settlements/{id}/approve")
    @PreAuthorize(ArrangementRoles.APPROVE)
    SettlementStore.View approve(@PathVariable UUID id, @RequestBody(required = false) ReasonBody body) {
        return settlements.decide(currentUsers.require(), id, true, body == null ? null : body.reason());
    }

    @PostMapping("/api/v1/settlements/{id}/reject")
    @PreAuthorize(ArrangementRoles.APPROVE)
    SettlementStore.View reject(@PathVariable UUID id, @RequestBody(required = false) ReasonBody body) {
        return settlements.decide(currentUsers.require(), id, false, body == null ? null : body.reason());
    }

    @GetMapping("/api/v1/settlement-limits")
    @PreAuthorize(ArrangementRoles.MAKE)
    Map<String, BigDecimal> limits() {
        return limits.view(currentUsers.require().tenantId());
    }

    @PutMapping("/api/v1/settlement-limits")
    @PreAuthorize(ArrangementRoles.CONFIGURE)
    Map<String, BigDecimal> setLimits(@RequestBody Map<String, BigDecimal> body) {
        CurrentUser user = currentUsers.require();
        return limits.save(user.tenantId(), user.username(), body);
    }

    /** Runs the tenant's daily check now (idempotent; the scheduler runs it hourly). */
    @PostMapping("/api/v1/arrangements/daily-check")
    @PreAuthorize(ArrangementRoles.RUN)
    ArrangementEvaluator.Checked dailyCheck() {
        CurrentUser user = currentUsers.require();
        return evaluator.daily(user.tenantId(), rules.today(user.tenantId()), user.username());
    }

    static Plans.Terms terms(PlanBody body) {
        if (body.installments() instanceof Number n) {
            return new Plans.Terms(body.total(), n.intValue(), body.frequency(), body.firstDate(), null);
        }
        if (body.installments() == null) {
            return new Plans.Terms(body.total(), null, body.frequency(), body.firstDate(), null);
        }
        return new Plans.Terms(body.total(), null, null, null,
                ArrangementRequests.checked(ArrangementRequests.parts(body.installments()), "installments"));
    }

}
