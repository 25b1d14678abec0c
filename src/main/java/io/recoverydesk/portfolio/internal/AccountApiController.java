package io.recoverydesk.portfolio.internal;

import java.util.Map;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.kernel.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AccountApiController {

    static final String REVEAL_ROLES = "hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD', 'AGENT', 'COMPLIANCE', 'LEGAL')";

    private final AccountQueries accounts;

    private final Reveals reveals;

    private final CurrentUsers currentUsers;

    AccountApiController(AccountQueries accounts, Reveals reveals, CurrentUsers currentUsers) {
        this.accounts = accounts;
        this.reveals = reveals;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/api/v1/accounts")
    AccountQueries.Page<AccountQueries.AccountRow> search(@RequestParam(required = false) String creditor,
            @RequestParam(required = false) String ref, @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID placement, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        int safeSize = Math.max(1, Math.min(size, 100));
        return accounts.search(currentUsers.require(), new AccountQueries.Criteria(creditor, ref, q, placement),
                Math.max(0, page), safeSize);
    }

    @GetMapping("/api/v1/accounts/{id}")
    AccountQueries.AccountDetail get(@PathVariable UUID id) {
        return accounts.find(currentUsers.require(), id)
            .orElseThrow(() -> new NotFoundException("account " + id + " not found"));
    }

    @PostMapping("/api/v1/debtors/{id}/national-id/reveal")
    @PreAuthorize(REVEAL_ROLES)
    Map<String, String> revealNationalId(@PathVariable UUID id) {
        return Map.of("nationalId", reveals.nationalId(currentUsers.require(), id));
    }

    @PostMapping("/api/v1/contact-points/{id}/reveal")
    @PreAuthorize(REVEAL_ROLES)
    Map<String, String> revealContactPoint(@PathVariable UUID id) {
        return Map.of("value", reveals.contactPoint(currentUsers.require(), id));
    }

}
