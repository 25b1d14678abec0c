package io.recoverydesk.strategy.segments;

import java.math.BigDecimal;

/** Accounts for tests: an ordinary scored card account, changed where a test cares. */
final class Accounts {

    private int dpd = 0;

    private BigDecimal balance = new BigDecimal("100.00");

    private String product = "CARD";

    private String creditor = "BANK1";

    private String province = "ON";

    private String scoreBand = "C";

    private String arrangement = "NONE";

    private Integer daysSinceContact = 10;

    private Integer daysSincePayment = 20;

    private String hold = "NONE";

    private Accounts() {
    }

    static Accounts account() {
        return new Accounts();
    }

    static BigDecimal amount(String amount) {
        return new BigDecimal(amount);
    }

    Accounts dpd(int dpd) {
        this.dpd = dpd;
        return this;
    }

    Accounts balance(String balance) {
        this.balance = amount(balance);
        return this;
    }

    Accounts product(String product) {
        this.product = product;
        return this;
    }

    Accounts province(String province) {
        this.province = province;
        return this;
    }

    Accounts scoreBand(String scoreBand) {
        this.scoreBand = scoreBand;
        return this;
    }

    Accounts arrangement(String arrangement) {
        this.arrangement = arrangement;
        return this;
    }

    Accounts daysSinceContact(Integer days) {
        this.daysSinceContact = days;
        return this;
    }

    Accounts hold(String hold) {
        this.hold = hold;
        return this;
    }

    AccountFacts facts() {
        return new AccountFacts(dpd, balance, product, creditor, province, scoreBand, arrangement, daysSinceContact,
                daysSincePayment, hold);
    }

}
