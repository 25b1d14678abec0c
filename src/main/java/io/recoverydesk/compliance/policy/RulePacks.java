package io.recoverydesk.compliance.policy;

import java.time.LocalTime;

/** The packs as COMPLIANCE.md states them, before any tenant tightening. */
public final class RulePacks {

    private RulePacks() {
    }

    /** GB/T 45251-2025 and the CBA 2026 guideline. */
    public static RulePack cn() {
        return new RulePack("CN", new PackSettings(LocalTime.of(8, 0), LocalTime.of(22, 0), 3, 6, 3, 2, null, null,
                null, null, null, null));
    }

    /** Regulation F; the Massachusetts cap applies only to debtors living there. */
    public static RulePack us() {
        return new RulePack("US", new PackSettings(LocalTime.of(8, 0), LocalTime.of(21, 0), null, null, null, null, 7,
                7, 1, 2, null, null));
    }

    /**
     * FCA CONC 7: only a contact window; frequency caps are the tenant's to switch on.
     */
    public static RulePack gb() {
        return new RulePack("GB", new PackSettings(LocalTime.of(8, 0), LocalTime.of(21, 0), null, null, null, null,
                null, null, null, null, null, null));
    }

    /**
     * The pack for a country code.
     * @throws IllegalArgumentException for a code other than CN, US or GB
     */
    public static RulePack of(String code) {
        if (code == null) {
            throw new IllegalArgumentException("no rule pack for null");
        }
        return switch (code) {
            case "CN" -> cn();
            case "US" -> us();
            case "GB" -> gb();
            default -> throw new IllegalArgumentException("no rule pack for " + code);
        };
    }

}
