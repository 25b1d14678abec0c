package io.recoverydesk.team;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * The tenant's agents as allocation sees them for a period: what each may work, how many
 * open cases they hold at full time, the share of full time they are scheduled after
 * absences, and whether they are away on the first day.
 */
public interface Roster {

    /**
     * Every user of the tenant with the AGENT role (disabled ones too, as inactive), by
     * username, for the days {@code from} to {@code to} (inclusive).
     */
    List<AgentSchedule> schedules(TenantId tenant, LocalDate from, LocalDate to);

    /**
     * One agent for a period.
     *
     * @param team the team code, or null for an agent without a team
     * @param products the products the agent works; empty means every product
     * @param skills other skills such as {@code LEGAL} or a language code ({@code yue})
     * @param maxOpenCases open cases at full time
     * @param hoursShare the share of full time scheduled in the period after absences
     * (weekly hours ÷ the tenant's full-time hours × working days present ÷ working
     * days), 0 to 1, two decimals or more
     * @param absent away on the first day of the period
     * @param active the user is enabled
     * @param absences the absences that touch the period, earliest first
     */
    record AgentSchedule(String username, String displayName, String team, Set<String> products, Set<String> skills,
            int maxOpenCases, BigDecimal hoursShare, boolean absent, boolean active, List<Absence> absences) {

        public AgentSchedule {
            products = Set.copyOf(products);
            skills = Set.copyOf(skills);
            absences = List.copyOf(absences);
        }

    }

    /** A planned or recorded absence, both days included. */
    record Absence(UUID id, LocalDate firstDay, LocalDate lastDay, String kind, String note) {
    }

}
