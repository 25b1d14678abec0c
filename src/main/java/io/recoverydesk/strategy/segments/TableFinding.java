package io.recoverydesk.strategy.segments;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One finding of {@link SegmentTable#check()}. The 0-based rule indexes are, by kind:
 * INVALID {@code [rule]}; SHADOWED {@code [rule, earlier rules that take its accounts…]};
 * OVERLAP {@code [earlier rule, later rule]}; GAP {@code []}; TOO_COMPLEX
 * {@code [rule at which the check stopped]}. The witness is an account showing the
 * finding: one the shadowed rule matches (but an earlier rule takes), one both
 * overlapping rules match, one no rule matches; INVALID has none. The message is English
 * for logs; screens build their own text from the kind and the rules.
 */
public record TableFinding(FindingKind kind, List<Integer> rules, @Nullable AccountFacts witness, String message) {

    public TableFinding {
        rules = List.copyOf(rules);
    }

}
