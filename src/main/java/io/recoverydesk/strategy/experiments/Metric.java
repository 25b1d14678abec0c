package io.recoverydesk.strategy.experiments;

/**
 * What a readout compares, each in the unit its values are given in.
 */
public enum Metric {

    /** Sum recovered ÷ sum of balances at start, in percent; differences in points. */
    RECOVERY_RATE("recovery-rate", true, 100, 1),

    /** Mean recovered per account, in the portfolio's currency. */
    AMOUNT_PER_ACCOUNT("amount-per-account", true, 1, 2),

    /**
     * Sum of contacts ÷ sum recovered × 1,000: the effort behind each 1,000 collected.
     */
    CONTACTS_PER_THOUSAND_RECOVERED("contacts-per-thousand-recovered", false, 1000, 1),

    /** Complaints per 1,000 accounts. */
    COMPLAINTS_PER_THOUSAND_ACCOUNTS("complaints-per-thousand-accounts", false, 1000, 1);

    /** Decimals of estimates and interval bounds. */
    static final int SCALE = 2;

    private final String key;

    private final boolean higherIsBetter;

    private final double factor;

    private final int shownScale;

    Metric(String key, boolean higherIsBetter, double factor, int shownScale) {
        this.key = key;
        this.higherIsBetter = higherIsBetter;
        this.factor = factor;
        this.shownScale = shownScale;
    }

    /** The metric's part of message keys, e.g. {@code recovery-rate}. */
    public String key() {
        return this.key;
    }

    /** Whether a challenger that is significantly higher is the better path. */
    public boolean higherIsBetter() {
        return this.higherIsBetter;
    }

    /**
     * From the natural unit (a fraction, complaints per account) to the metric's unit.
     */
    double factor() {
        return this.factor;
    }

    /** Decimals in verdicts. */
    int shownScale() {
        return this.shownScale;
    }

}
