package io.recoverydesk.compliance.policy;

import java.util.Objects;
import java.util.Set;

/**
 * A country's rules with the numbers in force (the pack's, possibly tightened by the
 * tenant).
 *
 * @param code CN, US or GB
 */
public record RulePack(String code, PackSettings settings) {

    private static final Set<String> CODES = Set.of("CN", "US", "GB");

    public RulePack {
        Objects.requireNonNull(settings, "settings");
        if (code == null || !CODES.contains(code)) {
            throw new IllegalArgumentException("code must be one of " + CODES + ": " + code);
        }
        if (settings.windowStart() == null || settings.windowEnd() == null) {
            throw new IllegalArgumentException("a pack needs a contact window: " + settings);
        }
    }

    /**
     * @throws IllegalArgumentException naming the field when the tenant would loosen the
     * pack
     */
    public RulePack tightenedBy(PackSettings tenant) {
        return new RulePack(code, settings.tighten(tenant));
    }

}
