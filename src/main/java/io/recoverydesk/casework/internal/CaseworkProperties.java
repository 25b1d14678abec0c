package io.recoverydesk.casework.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Work queue settings: how long a lease on the next case lasts, how many candidates one
 * call to "next" examines per batch (it pages through at most
 * {@link WorkQueue#MAX_BATCHES} batches), and how long after being handed out a case
 * waits behind the cases not worked recently.
 */
@ConfigurationProperties("rd.casework")
record CaseworkProperties(Duration lease, Integer candidates, Duration reworkAfter) {

    CaseworkProperties {
        lease = lease == null ? Duration.ofMinutes(15) : lease;
        candidates = candidates == null ? 50 : candidates;
        reworkAfter = reworkAfter == null ? Duration.ofHours(2) : reworkAfter;
        if (lease.isNegative() || lease.isZero() || candidates < 1 || candidates > 1000 || reworkAfter.isNegative()) {
            throw new IllegalArgumentException(
                    "rd.casework: lease > 0, candidates 1 to 1000, rework-after >= 0 (0: no cool-down)");
        }
    }

}
