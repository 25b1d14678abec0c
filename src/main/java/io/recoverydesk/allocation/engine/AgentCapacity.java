package io.recoverydesk.allocation.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * An agent as the run sees them for this period.
 *
 * @param skills the products and other skills (legal, languages) the agent may work
 * @param maxOpenCases open cases at full time
 * @param scheduledHoursShare the share of full time scheduled this period, 0 to 1, after
 * planned absences
 * @param absent away for the period (sick, on leave): takes nothing, their accounts move
 * @param active still employed; an agent who left is inactive
 */
public record AgentCapacity(String username, String team, Set<String> skills, int maxOpenCases,
        double scheduledHoursShare, boolean absent, boolean active) {

    public AgentCapacity {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("an agent needs a username");
        }
        if (team == null || team.isBlank()) {
            throw new IllegalArgumentException("agent " + username + " needs a team");
        }
        if (maxOpenCases < 0) {
            throw new IllegalArgumentException("agent " + username + " cannot have negative capacity");
        }
        if (!(scheduledHoursShare >= 0 && scheduledHoursShare <= 1)) {
            throw new IllegalArgumentException("agent " + username + " needs a scheduled share between 0 and 1");
        }
        skills = Set.copyOf(skills);
    }

    /** Active, not absent: may take accounts. */
    public boolean available() {
        return active && !absent;
    }

    /**
     * Open cases this period: {@code floor(maxOpenCases × scheduledHoursShare)}, taken on
     * the decimal value of the share so that 100 × 0.29 is 29; 0 when not available.
     */
    public int capacity() {
        if (!available()) {
            return 0;
        }
        return BigDecimal.valueOf(scheduledHoursShare)
            .multiply(BigDecimal.valueOf(maxOpenCases))
            .setScale(0, RoundingMode.FLOOR)
            .intValueExact();
    }

}
