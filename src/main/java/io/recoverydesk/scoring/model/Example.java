package io.recoverydesk.scoring.model;

import java.util.Objects;

/**
 * One training row and its outcome.
 *
 * @param row the features as they were at the observation date
 * @param positive whether the outcome happened (for propensity to pay: the debtor paid at
 * least the configured share within 30 days)
 */
public record Example(Row row, boolean positive) {

    public Example {
        Objects.requireNonNull(row, "row");
    }

}
