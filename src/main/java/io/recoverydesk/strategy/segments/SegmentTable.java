package io.recoverydesk.strategy.segments;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An ordered segment table: an account falls into the first rule it matches. Rule codes
 * are unique.
 */
public record SegmentTable(List<SegmentRule> rules) {

    /** Beyond this many uncovered blocks the check gives up with TOO_COMPLEX. */
    public static final int DEFAULT_BOX_LIMIT = 20_000;

    public SegmentTable {
        rules = List.copyOf(rules);
        Set<String> codes = new HashSet<>();
        for (SegmentRule rule : rules) {
            if (!codes.add(rule.code())) {
                throw new IllegalArgumentException("rule code " + rule.code() + " appears twice");
            }
        }
    }

    public Optional<SegmentMatch> match(AccountFacts facts) {
        for (int i = 0; i < rules.size(); i++) {
            SegmentRule rule = rules.get(i);
            if (rule.matches(facts)) {
                return Optional.of(new SegmentMatch(i, rule, rule.explain(facts)));
            }
        }
        return Optional.empty();
    }

    /** Checks the whole table exactly; see {@link TableFinding} for what is reported. */
    public TableCheck check() {
        return check(DEFAULT_BOX_LIMIT);
    }

    public TableCheck check(int boxLimit) {
        return new TableAnalysis(rules, boxLimit).run();
    }

}
