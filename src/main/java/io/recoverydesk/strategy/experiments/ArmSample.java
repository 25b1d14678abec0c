package io.recoverydesk.strategy.experiments;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * One arm's outcomes as columns of doubles for the statistics, with its exact totals.
 */
record ArmSample(ArmTotals totals, double[] balances, double[] recovered, double[] contacts, double[] complaints) {

    static ArmSample of(Arm arm, Collection<AccountOutcome> outcomes) {
        List<AccountOutcome> own = outcomes.stream().filter(o -> o.arm() == arm).toList();
        int n = own.size();
        double[] balances = new double[n];
        double[] recovered = new double[n];
        double[] contacts = new double[n];
        double[] complaints = new double[n];
        BigDecimal balanceSum = BigDecimal.ZERO;
        BigDecimal recoveredSum = BigDecimal.ZERO;
        long contactSum = 0;
        long complaintSum = 0;
        for (int i = 0; i < n; i++) {
            AccountOutcome outcome = own.get(i);
            balances[i] = outcome.balanceAtStart().doubleValue();
            recovered[i] = outcome.recovered().doubleValue();
            contacts[i] = outcome.contacts();
            complaints[i] = outcome.complaints();
            balanceSum = balanceSum.add(outcome.balanceAtStart());
            recoveredSum = recoveredSum.add(outcome.recovered());
            contactSum += outcome.contacts();
            complaintSum += outcome.complaints();
        }
        return new ArmSample(new ArmTotals(arm, n, balanceSum, recoveredSum, contactSum, complaintSum), balances,
                recovered, contacts, complaints);
    }

    int size() {
        return this.totals.accounts();
    }

}
