package io.recoverydesk.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * The latest propensity-to-pay scores of a tenant's open accounts: the probability of
 * paying the configured share of the balance within 30 days, its band (A highest … E
 * lowest) and the features that moved it most.
 */
public interface PropensityScores {

    /**
     * Scores of the accounts with ids from {@code first} to {@code last}; unscored ones
     * absent.
     */
    Map<UUID, Score> between(TenantId tenant, UUID first, UUID last);

    Optional<Score> of(TenantId tenant, UUID accountId);

    /** A score; {@code reasons} are the top features, strongest first. */
    record Score(int modelVersion, BigDecimal probability, String band, List<Reason> reasons) {
    }

    /** A feature and whether it raises or lowers the score. */
    record Reason(String feature, String direction) {
    }

}
