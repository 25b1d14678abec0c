package io.recoverydesk.compliance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;

/**
 * QA scoring: each criterion is scored 0..{@value #MAX}; the weighted score is
 * {@code sum(weight * score) / MAX} on 0..100 (weights sum to 100), as a BigDecimal of
 * scale 1 rounded HALF_UP (the division by 5 is exact at scale 1, so no rounding ever
 * happens in practice).
 */
final class QaScoring {

    static final int MAX = 5;

    static final int MAX_CRITERIA = 20;

    /** A criterion of a scorecard. */
    record Criterion(String code, String label, int weight) {
    }

    /** The default scorecard of a tenant. */
    static final List<Criterion> DEFAULT = List.of(new Criterion("GREETING", "Greeting and identification", 15),
            new Criterion("DISCLOSURE", "Required disclosure", 20),
            new Criterion("NO_PROHIBITED_LANGUAGE", "No prohibited language", 25),
            new Criterion("ACCURATE_INFORMATION", "Accurate information", 15), new Criterion("EMPATHY", "Empathy", 10),
            new Criterion("OUTCOME_CODED", "Correct outcome coded", 15));

    private QaScoring() {
    }

    /** Checks a scorecard's criteria; 422 with field problems when they are not valid. */
    static List<Criterion> validate(List<Criterion> criteria) {
        List<FieldProblem> problems = new ArrayList<>();
        if (criteria == null || criteria.isEmpty()) {
            throw new BusinessRuleException("invalid-scorecard", "A scorecard needs at least one criterion.");
        }
        if (criteria.size() > MAX_CRITERIA) {
            problems.add(new FieldProblem("criteria", "at most " + MAX_CRITERIA + " criteria"));
        }
        Set<String> codes = new HashSet<>();
        int sum = 0;
        List<Criterion> clean = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            String field = "criteria[" + i + "]";
            if (c == null) {
                problems.add(new FieldProblem(field, "missing"));
                continue;
            }
            String code = c.code() == null ? "" : c.code().strip().toUpperCase(java.util.Locale.ROOT);
            String label = c.label() == null ? "" : c.label().strip();
            if (!code.matches("[A-Z][A-Z0-9_]{0,39}")) {
                problems.add(new FieldProblem(field + ".code", "letters, digits and _, at most 40"));
            }
            else if (!codes.add(code)) {
                problems.add(new FieldProblem(field + ".code", "duplicate code " + code));
            }
            if (label.isEmpty() || label.length() > 200) {
                problems.add(new FieldProblem(field + ".label", "1 to 200 characters"));
            }
            if (c.weight() < 1 || c.weight() > 100) {
                problems.add(new FieldProblem(field + ".weight", "a whole number from 1 to 100"));
            }
            sum += c.weight();
            clean.add(new Criterion(code, label, c.weight()));
        }
        if (problems.isEmpty() && sum != 100) {
            problems.add(new FieldProblem("criteria", "weights must sum to 100, not " + sum));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-scorecard", "The scorecard is not valid.", problems);
        }
        return List.copyOf(clean);
    }

    /**
     * The weighted score 0..100 of a review; every criterion must have a score 0..MAX and
     * no unknown codes are allowed.
     */
    static BigDecimal score(List<Criterion> criteria, Map<String, Integer> scores) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> given = scores == null ? Map.of() : scores;
        Set<String> known = new HashSet<>();
        long sum = 0;
        for (Criterion c : criteria) {
            known.add(c.code());
            Integer s = given.get(c.code());
            if (s == null || s < 0 || s > MAX) {
                problems.add(new FieldProblem("scores." + c.code(), "a score from 0 to " + MAX));
                continue;
            }
            sum += (long) c.weight() * s;
        }
        given.keySet()
            .stream()
            .filter(k -> !known.contains(k))
            .forEach(k -> problems.add(new FieldProblem("scores." + k, "not a criterion of the scorecard")));
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-review", "Every criterion needs a score from 0 to " + MAX + ".",
                    problems);
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(MAX), 1, RoundingMode.HALF_UP);
    }

    /** The average of scores at scale 1, HALF_UP; null when there are none. */
    static BigDecimal average(BigDecimal total, long count) {
        return count == 0 ? null : total.divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

}
