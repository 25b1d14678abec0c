package io.recoverydesk.scoring.model;

import java.util.Objects;

/**
 * Why one account scores as it does: a feature that moved its score away from the
 * training population's.
 *
 * @param feature the feature name from the schema
 * @param direction whether it makes payment more or less likely
 * @param contribution the shift in log-odds of paying; positive raises the score
 */
public record ReasonCode(String feature, Direction direction, double contribution) {

    public ReasonCode {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(direction, "direction");
        if ((direction == Direction.RAISES) != (contribution > 0)) {
            throw new IllegalArgumentException("direction " + direction + " contradicts " + contribution);
        }
    }

    static ReasonCode of(String feature, double contribution) {
        return new ReasonCode(feature, (contribution > 0) ? Direction.RAISES : Direction.LOWERS, contribution);
    }

    public enum Direction {

        /** Makes payment more likely than for the typical account. */
        RAISES,
        /** Makes payment less likely than for the typical account. */
        LOWERS

    }

}
