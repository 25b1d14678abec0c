package io.recoverydesk.strategy.segments;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The result of {@link SegmentTable#check()}: the findings in table order, an example
 * account for every rule that can be the first match, and the uncovered accounts (the
 * first few blocks of {@code gapBoxCount}). When {@code complete} is false the check hit
 * its size limit (a TOO_COMPLEX finding): rules after that point have no SHADOWED finding
 * or example, and gaps are not reported.
 */
public record TableCheck(List<TableFinding> findings, List<RuleExample> examples, List<GapBox> gaps, int gapBoxCount,
        boolean complete) {

    public TableCheck {
        findings = List.copyOf(findings);
        examples = List.copyOf(examples);
        gaps = List.copyOf(gaps);
    }

    public List<TableFinding> findings(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.kind().severity() == FindingKind.Severity.ERROR);
    }

    /** Rules reported INVALID or SHADOWED: no account ever lands in them. */
    public Set<Integer> unreachableRules() {
        return findings.stream()
            .filter(f -> f.kind() == FindingKind.INVALID || f.kind() == FindingKind.SHADOWED)
            .map(f -> f.rules().get(0))
            .collect(Collectors.toUnmodifiableSet());
    }

    public Optional<AccountFacts> exampleFor(int ruleIndex) {
        return examples.stream().filter(e -> e.ruleIndex() == ruleIndex).map(RuleExample::example).findFirst();
    }

}
