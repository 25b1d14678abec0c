package io.recoverydesk.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * What open accounts need from the team, as the strategy decided (implemented by the
 * strategy module): whether a person works them now, with which skills and in which team,
 * and at what priority.
 */
public interface WorkDemands {

    /**
     * The demands of the accounts with ids from {@code first} to {@code last}; accounts
     * the strategy has not placed yet are absent (the run gives them to a person, at no
     * particular priority).
     */
    Map<UUID, Demand> between(TenantId tenant, UUID first, UUID last);

    /**
     * One account's demand.
     *
     * @param person worked by a person now (not only by automated messages)
     * @param skills skills beyond the product, such as {@code LEGAL}
     * @param team the team code that should work it, or null for any team
     * @param why where the account stands, in words, for the report
     */
    record Demand(boolean person, Set<String> skills, String team, BigDecimal priority, List<String> reasons,
            String why) {

        public Demand {
            skills = Set.copyOf(skills);
            reasons = List.copyOf(reasons);
        }

    }

}
