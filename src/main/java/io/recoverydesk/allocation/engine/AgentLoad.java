package io.recoverydesk.allocation.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One agent's share of the plan, for the allocation report.
 *
 * @param capacity open cases allowed this period (0 when absent or inactive)
 * @param reasons how many of the agent's accounts came for each reason
 * @param notes anything unusual: beyond capacity through overrides, outside the fairness
 * band and why
 */
public record AgentLoad(String agent, String team, int count, BigDecimal balance, BigDecimal expectedValue,
        int capacity, Map<Reason, Integer> reasons, List<String> notes) {

    public AgentLoad {
        notes = List.copyOf(notes);
    }

}
