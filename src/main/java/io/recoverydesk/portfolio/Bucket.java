package io.recoverydesk.portfolio;

/**
 * Delinquency buckets by days past due: M1 = 1–30 … M6 = 151–180, M6+ above; CURRENT when
 * not past due.
 */
public enum Bucket {

    CURRENT("M0"), M1("M1"), M2("M2"), M3("M3"), M4("M4"), M5("M5"), M6("M6"), M6_PLUS("M6+");

    private final String label;

    Bucket(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Bucket of(long dpd) {
        if (dpd <= 0) {
            return CURRENT;
        }
        if (dpd > 180) {
            return M6_PLUS;
        }
        return values()[(int) ((dpd - 1) / 30) + 1];
    }

}
