package io.recoverydesk.compliance.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.compliance.policy.PackSettings;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.portfolio.AccountDirectory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Compliance alerts and the tenant's rule-pack tightenings. */
@RestController
class ComplianceApiController {

    private final ComplianceAlerts alerts;

    private final ComplianceSettings settings;

    private final AccountDirectory accounts;

    private final CurrentUsers currentUsers;

    private final Clock clock;

    private final RetentionPurge retention;

    ComplianceApiController(ComplianceAlerts alerts, ComplianceSettings settings, AccountDirectory accounts,
            CurrentUsers currentUsers, Clock clock, RetentionPurge retention) {
        this.retention = retention;
        this.alerts = alerts;
        this.settings = settings;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/api/v1/compliance/alerts")
    @PreAuthorize(ComplianceRoles.OVERSEE)
    List<ComplianceAlerts.Alert> alerts(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "100") int limit) {
        CurrentUser user = currentUsers.require();
        if (status != null && !List.of(ComplianceAlerts.OPEN, ComplianceAlerts.CLOSED).contains(status)) {
            throw new BusinessRuleException("bad-status", "status is OPEN or CLOSED.");
        }
        return visible(user, alerts.list(user.tenantId(), status, Math.max(1, Math.min(limit, 500))));
    }

    /** Alerts of accounts outside the user's creditor scope are not theirs to see. */
    private List<ComplianceAlerts.Alert> visible(CurrentUser user, List<ComplianceAlerts.Alert> list) {
        if (user.seesAllCreditors()) {
            return list;
        }
        return list.stream().filter(a -> accounts.visible(user, a.accountId()).isPresent()).toList();
    }

    @PostMapping("/api/v1/compliance/alerts/{id}/close")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    Map<String, Object> close(@PathVariable UUID id) {
        CurrentUser user = currentUsers.require();
        boolean mine = visible(user, alerts.list(user.tenantId(), ComplianceAlerts.OPEN, 10_000)).stream()
            .anyMatch(a -> a.id().equals(id));
        if (!mine || !alerts.close(user.tenantId(), id, user.username(), clock.instant())) {
            throw new NotFoundException("no open alert " + id);
        }
        return Map.of("id", id, "status", ComplianceAlerts.CLOSED);
    }

    @PostMapping("/api/v1/compliance/retention/purge")
    @PreAuthorize(ComplianceRoles.SET_RULES)
    RetentionPurge.Purged purge() {
        CurrentUser user = currentUsers.require();
        return retention.purge(user.tenantId(), user.username());
    }

    /** A pack's numbers: the law's, the tenant's tightenings, and what is in force. */
    record PackView(String code, Map<String, Object> law, Map<String, String> tenant, Map<String, Object> inForce) {
    }

    @GetMapping("/api/v1/compliance/packs/{code}")
    @PreAuthorize(ComplianceRoles.OVERSEE)
    PackView pack(@PathVariable String code) {
        CurrentUser user = currentUsers.require();
        requirePack(code);
        return new PackView(code, values(io.recoverydesk.compliance.policy.RulePacks.of(code).settings()),
                settings.overrides(user.tenantId(), code), values(settings.pack(user.tenantId(), code).settings()));
    }

    @PutMapping("/api/v1/compliance/packs/{code}")
    @PreAuthorize(ComplianceRoles.SET_RULES)
    PackView tighten(@PathVariable String code, @RequestBody Map<String, String> body) {
        CurrentUser user = currentUsers.require();
        requirePack(code);
        settings.save(user.tenantId(), user.username(), code, body);
        return pack(code);
    }

    private static void requirePack(String code) {
        if (!ComplianceSettings.PACKS.contains(code)) {
            throw new NotFoundException("no rule pack " + code);
        }
    }

    static Map<String, Object> values(PackSettings s) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (var c : PackSettings.class.getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(s);
                if (v != null) {
                    out.put(c.getName(), v.toString());
                }
            }
            catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return out;
    }

}
