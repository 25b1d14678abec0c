package io.recoverydesk.strategy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.recoverydesk.kernel.SentencePattern;
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
            return List.of(new DefinitionCheck.Finding("ERROR", "TABLE", "segments", ex.getMessage(), ex.getMessage()));
        }
        List<DefinitionCheck.Finding> findings = new ArrayList<>();
        for (TableFinding finding : check.findings()) {
            String where = finding.rules().isEmpty() ? "segments"
                    : finding.rules().stream().map(i -> "segment " + (i + 1)).collect(Collectors.joining(", "));
            String witness = finding.witness() == null ? null : describe(finding.witness());
            String example = witness == null ? "" : " Example: " + witness + ".";
            boolean gap = finding.kind() == FindingKind.GAP && !check.gaps().isEmpty();
            String message = gap ? "Some accounts match no row, e.g. " + check.gaps().get(0).describe() + "." + example
                    : finding.message() + example;
            findings.add(new DefinitionCheck.Finding(finding.kind().severity().name(), finding.kind().name(), where,
                    message, args(finding, rules, gap ? check.gaps().get(0).describe() : null), witness));
        }
        return findings;
    }

    /**
     * The values a finding's sentence names: the rules' codes (for a gap, the accounts it
     * leaves), and for a rule that matches nothing its empty conditions, for a check that
     * stopped the limit it met.
     */
    private static List<String> args(TableFinding finding, List<SegmentRule> rules, String gap) {
        List<String> codes = finding.rules().stream().map(i -> String.valueOf(rules.get(i).code())).toList();
        return switch (finding.kind()) {
            case GAP -> List.of(gap != null ? gap : after(finding.message(), "e.g. "));
            case INVALID -> List.of(codes.get(0), after(finding.message(), "matches no account: "));
            case TOO_COMPLEX ->
                List.of(codes.get(0), after(finding.message(), "more than ").replace(" blocks to track", ""));
            case SHADOWED -> List.of(codes.get(0), String.join(", ", codes.subList(1, codes.size())));
            case OVERLAP -> List.of(codes.get(1), codes.get(0));
        };
    }

    private static String after(String text, String marker) {
        int at = text.indexOf(marker);
        return at < 0 ? text : text.substring(at + marker.length());
    }

    /**
     * An example account as the API says it; {@link FindingTexts} reads it back to say it
     * in the reader's language.
     */
    static final SentencePattern EXAMPLE = new SentencePattern("strategy.finding.account",
            "DPD %s, balance %s, product %s, creditor %s, province %s, score %s, arrangement %s,"
                    + " days since contact %s, days since payment %s, hold %s");

    static String describe(AccountFacts facts) {
        return EXAMPLE.format(facts.dpd(), facts.balance().toPlainString(), facts.product(), facts.creditor(),
                facts.province(), facts.scoreBand(), facts.arrangement(),
                facts.daysSinceContact() == null ? "never" : facts.daysSinceContact(),
                facts.daysSincePayment() == null ? "never" : facts.daysSincePayment(), facts.hold());
    }

}
