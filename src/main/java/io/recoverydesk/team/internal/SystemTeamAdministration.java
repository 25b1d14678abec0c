package io.recoverydesk.team.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.identity.Tenants;
import io.recoverydesk.identity.Tenants.Member;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.team.TeamAdministration;

import org.springframework.stereotype.Service;

/**
 * {@link TeamAdministration} over the service the API and the pages use, acting as the
 * named (enabled) user with their roles and team.
 */
@Service
class SystemTeamAdministration implements TeamAdministration {

    private final Tenants tenants;

    private final TeamChanges changes;

    SystemTeamAdministration(Tenants tenants, TeamChanges changes) {
        this.tenants = tenants;
        this.changes = changes;
    }

    @Override
    public void profile(TenantId tenant, String actor, String username, Set<String> products, Set<String> skills,
            int maxOpenCases, BigDecimal weeklyHours) {
        changes.saveProfile(actor(tenant, actor), username,
                new ProfileRequest(products == null ? null : new ArrayList<>(products),
                        skills == null ? null : new ArrayList<>(skills), maxOpenCases, weeklyHours));
    }

    @Override
    public UUID absence(TenantId tenant, String actor, String username, LocalDate firstDay, LocalDate lastDay,
            String kind, String note) {
        return changes.addAbsence(actor(tenant, actor), username, new AbsenceRequest(firstDay, lastDay, kind, note))
            .id();
    }

    private TeamActor actor(TenantId tenant, String username) {
        return tenants.member(tenant, username)
            .filter(Member::enabled)
            .map(member -> TeamActor.of(tenant, member))
            .orElseThrow(() -> new BusinessRuleException("unknown-user", "No active user " + username + "."));
    }

}
