package io.recoverydesk.team.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;

/**
 * An agent's working profile as asked for (API body, page form, demo seed), before it is
 * checked: {@link #validated()} answers the profile or names each field's problem.
 * Missing products or skills mean none (no products = every product).
 */
record ProfileRequest(List<String> products, List<String> skills, Integer maxOpenCases, BigDecimal weeklyHours) {

    static final int MAX_OPEN_CASES = 5000;

    static final BigDecimal MAX_WEEKLY_HOURS = BigDecimal.valueOf(60);

    static final int MAX_CODES = 30;

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,30}");

    /** The checked profile: codes stripped, duplicates folded, sorted. */
    Profile validated() {
        List<FieldProblem> problems = new ArrayList<>();
        SortedSet<String> productCodes = codes("products", products, problems);
        SortedSet<String> skillCodes = codes("skills", skills, problems);
        if (maxOpenCases == null || maxOpenCases < 0 || maxOpenCases > MAX_OPEN_CASES) {
            problems.add(new FieldProblem("maxOpenCases", "required, a whole number from 0 to " + MAX_OPEN_CASES));
        }
        if (weeklyHours == null || weeklyHours.signum() < 0 || weeklyHours.compareTo(MAX_WEEKLY_HOURS) > 0
                || weeklyHours.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("weeklyHours",
                    "required, from 0 to " + MAX_WEEKLY_HOURS + " with at most 2 decimals"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException("invalid-agent-profile", "The agent profile has invalid fields.", problems);
        }
        return new Profile(productCodes, skillCodes, maxOpenCases, weeklyHours.setScale(2));
    }

    private static SortedSet<String> codes(String field, List<String> given, List<FieldProblem> problems) {
        SortedSet<String> codes = new TreeSet<>();
        if (given == null) {
            return codes;
        }
        for (String code : given) {
            String stripped = code == null ? "" : code.strip();
            if (!CODE.matcher(stripped).matches()) {
                problems.add(new FieldProblem(field,
                        "each code is 1 to 30 letters, digits, '-' or '_'; got '" + abbreviate(stripped) + "'"));
                return codes;
            }
            codes.add(stripped);
        }
        if (codes.size() > MAX_CODES) {
            problems.add(new FieldProblem(field, "at most " + MAX_CODES + " codes; got " + codes.size()));
        }
        return codes;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

}
