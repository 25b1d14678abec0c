package io.recoverydesk.casework.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Work queue settings: how long a lease on the next case lasts, and how many candidates
 * one call to "next" examines at most.
 */
@ConfigurationProperties("rd.casework")
record CaseworkProperties(Duration lease, Integer candidates) {

    CaseworkProperties {
        lease = lease == null ? Duration.ofMinutes(15) : lease;
        candidates = candidates == null ? 50 : candidates;
    }

}
