package io.recoverydesk.team.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An agent's working profile in effect: the products (empty = every product) and other
 * skills they may work, open cases at full time, and scheduled weekly hours (scale 2).
 */
record Profile(SortedSet<String> products, SortedSet<String> skills, int maxOpenCases, BigDecimal weeklyHours) {

    Profile {
        products = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(products));
        skills = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(skills));
        if (maxOpenCases < 0 || weeklyHours.signum() < 0) {
            throw new IllegalArgumentException("open cases and weekly hours cannot be negative");
        }
    }

    /** The profile of an agent nobody has set one for. */
    static Profile defaults(TeamProperties properties) {
        return new Profile(new TreeSet<>(), new TreeSet<>(), properties.defaultMaxOpenCases(),
                properties.fullTimeHours().setScale(2));
    }

    /**
     * What changed from {@code before} to this profile, one {@code field: old -> new} per
     * changed field ({@code *} = every product), for the audit log.
     */
    String changesFrom(Profile before) {
        List<String> changes = new ArrayList<>();
        change(changes, "products", codes(before.products, "*"), codes(products, "*"));
        change(changes, "skills", codes(before.skills, "-"), codes(skills, "-"));
        change(changes, "maxOpenCases", String.valueOf(before.maxOpenCases), String.valueOf(maxOpenCases));
        change(changes, "weeklyHours", before.weeklyHours.toPlainString(), weeklyHours.toPlainString());
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    private static void change(List<String> changes, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.add(field + ": " + before + " -> " + after);
        }
    }

    static String codes(Set<String> codes, String none) {
        return codes.isEmpty() ? none : String.join(",", codes);
    }

}
