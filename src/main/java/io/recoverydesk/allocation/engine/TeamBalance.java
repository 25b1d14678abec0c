package io.recoverydesk.allocation.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The fairness band of one team after the run, measured on expected value per full-time
 * share ({@code expected value ÷ scheduledHoursShare}) over the team's agents with
 * capacity.
 *
 * @param mean the team's total expected value ÷ the total of their shares
 * @param moves debtor units the fairness pass moved
 * @param gaps every agent left outside {@code [low, high]}, with the reason
 */
public record TeamBalance(String team, BigDecimal mean, BigDecimal low, BigDecimal high, int moves, List<Gap> gaps) {

    public TeamBalance {
        gaps = List.copyOf(gaps);
    }

    public boolean withinBand() {
        return gaps.isEmpty();
    }

    /** An agent outside the band, where they ended and why the run could not fix it. */
    public record Gap(String agent, BigDecimal expectedValuePerShare, String why) {
    }

}
