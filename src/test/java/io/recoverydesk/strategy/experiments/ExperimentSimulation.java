package io.recoverydesk.strategy.experiments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulated accounts shaped like a collection portfolio: skewed balances, most accounts
 * paying nothing, the payers paying part of their balance, a few contacts each and rare
 * complaints. Seeded, so every run sees the same accounts.
 */
final class ExperimentSimulation {

    private final SplittableRandom random;

    ExperimentSimulation(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** An arm's behaviour. */
    record Path(double payingShare, double meanContacts, double complaintShare) {
    }

    List<AccountOutcome> experiment(Path champion, int championAccounts, Path challenger, int challengerAccounts) {
        List<AccountOutcome> outcomes = new ArrayList<>(championAccounts + challengerAccounts);
        for (int i = 0; i < championAccounts; i++) {
            outcomes.add(account(Arm.CHAMPION, champion));
        }
        for (int i = 0; i < challengerAccounts; i++) {
            outcomes.add(account(Arm.CHALLENGER, challenger));
        }
        return outcomes;
    }

    private AccountOutcome account(Arm arm, Path path) {
        double balance = 200 + Math.exp(7 + 0.8 * gaussian());
        double recovered = (this.random.nextDouble() < path.payingShare())
                ? balance * (0.1 + 0.9 * this.random.nextDouble()) : 0;
        int complaints = (this.random.nextDouble() < path.complaintShare()) ? ((this.random.nextDouble() < 0.1) ? 2 : 1)
                : 0;
        return new AccountOutcome(arm, money(balance), money(recovered), poisson(path.meanContacts()), complaints);
    }

    private double gaussian() {
        // Box-Muller; SplittableRandom has no nextGaussian on Java 17
        return Math.sqrt(-2 * Math.log(1 - this.random.nextDouble()))
                * Math.cos(2 * Math.PI * this.random.nextDouble());
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = this.random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= this.random.nextDouble();
            count++;
        }
        return count;
    }

    private static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

}
