package io.recoverydesk.team;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * Team data on behalf of the system (demo seed): each call acts as the named user and is
 * checked and audited as that person's request would be.
 */
public interface TeamAdministration {

    /** Sets an agent's working profile. */
    void profile(TenantId tenant, String actor, String username, Set<String> products, Set<String> skills,
            int maxOpenCases, BigDecimal weeklyHours);

    /** Records an absence (kind LEAVE, SICK, TRAINING or OTHER); answers its id. */
    UUID absence(TenantId tenant, String actor, String username, LocalDate firstDay, LocalDate lastDay, String kind,
            String note);

}
