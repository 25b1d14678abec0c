package io.recoverydesk.strategy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.recoverydesk.strategy.segments.AccountFacts;
import io.recoverydesk.strategy.segments.FindingKind;
import io.recoverydesk.strategy.segments.SegmentRule;
import io.recoverydesk.strategy.segments.SegmentTable;
import io.recoverydesk.strategy.segments.TableCheck;
import io.recoverydesk.strategy.segments.TableFinding;

/**
 * The segment table's analysis as strategy findings: rows that can never match (errors),
 * accounts no row covers (a warning naming the uncovered space and an example account),
 * and overlaps between rows (notes: the earlier row wins).
 */
final class SegmentFindings {

    private SegmentFindings() {
    }

    static List<DefinitionCheck.Finding> of(List<SegmentRule> rules) {
        TableCheck check;
        try {
            check = new SegmentTable(rules).check();
        }
        catch (IllegalArgumentException ex) {
            // the table itself is malformed (a code used twice): reported, not analysed
            return List.of(new DefinitionCheck.Finding("ERROR", "TABLE", "segments", ex.getMessage()));
        }
        List<DefinitionCheck.Finding> findings = new ArrayList<>();
        for (TableFinding finding : check.findings()) {
            String where = finding.rules().isEmpty() ? "segments"
                    : finding.rules().stream().map(i -> "segment " + (i + 1)).collect(Collectors.joining(", "));
            String example = finding.witness() == null ? "" : " Example: " + describe(finding.witness()) + ".";
            String message = finding.kind() == FindingKind.GAP && !check.gaps().isEmpty()
                    ? "Some accounts match no row, e.g. " + check.gaps().get(0).describe() + "." + example
                    : finding.message() + example;
            findings.add(new DefinitionCheck.Finding(finding.kind().severity().name(), finding.kind().name(), where,
                    message));
        }
        return findings;
    }

    static String describe(AccountFacts facts) {
        return "DPD " + facts.dpd() + ", balance " + facts.balance().toPlainString() + ", product " + facts.product()
                + ", creditor " + facts.creditor() + ", province " + facts.province() + ", score " + facts.scoreBand()
                + ", arrangement " + facts.arrangement() + ", days since contact "
                + (facts.daysSinceContact() == null ? "never" : facts.daysSinceContact()) + ", days since payment "
                + (facts.daysSincePayment() == null ? "never" : facts.daysSincePayment()) + ", hold " + facts.hold();
    }

}
