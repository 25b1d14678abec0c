package io.recoverydesk.strategy.segments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The exact check behind {@link SegmentTable#check()}. Walking the rules in order, it
 * keeps the accounts no earlier rule matched as a list of disjoint boxes: a rule whose
 * box meets none of them is shadowed, a point where it meets one is its example, and what
 * is left after the last rule is the gap.
 */
final class TableAnalysis {

    private static final int GAPS_SHOWN = 5;

    private final List<SegmentRule> rules;

    private final List<Box> boxes;

    private final int boxLimit;

    private final List<TableFinding> findings = new ArrayList<>();

    private final List<RuleExample> examples = new ArrayList<>();

    private final Set<Integer> unreachable = new HashSet<>();

    TableAnalysis(List<SegmentRule> rules, int boxLimit) {
        if (boxLimit < 1) {
            throw new IllegalArgumentException("box limit must be positive: " + boxLimit);
        }
        this.rules = rules;
        this.boxes = rules.stream().map(Box::of).toList();
        this.boxLimit = boxLimit;
    }

    TableCheck run() {
        List<Box> remaining = List.of(Box.everything());
        boolean complete = true;
        for (int i = 0; i < rules.size(); i++) {
            Box box = boxes.get(i);
            if (box.empty()) {
                unreachable.add(i);
                findings.add(new TableFinding(FindingKind.INVALID, List.of(i), null,
                        label(i) + " matches no account: " + emptyConditions(i)));
                continue;
            }
            if (complete) {
                remaining = firstMatches(i, remaining);
                if (remaining.size() > boxLimit) {
                    complete = false;
                    findings.add(new TableFinding(FindingKind.TOO_COMPLEX, List.of(i), null,
                            "the check stopped at " + label(i) + ": more than " + boxLimit + " blocks to track"));
                }
            }
            if (!unreachable.contains(i)) {
                overlaps(i);
            }
        }
        if (!complete || remaining.isEmpty()) {
            return new TableCheck(findings, examples, List.of(), 0, complete);
        }
        List<GapBox> gaps = remaining.stream().limit(GAPS_SHOWN).map(Box::describe).toList();
        findings.add(new TableFinding(FindingKind.GAP, List.of(), remaining.get(0).witness(),
                remaining.size() + " block(s) of accounts match no rule, e.g. " + gaps.get(0).describe()));
        return new TableCheck(findings, examples, gaps, remaining.size(), true);
    }

    /** Records rule i's example or its shadowing, and returns what is left after it. */
    private List<Box> firstMatches(int i, List<Box> remaining) {
        Box box = boxes.get(i);
        Optional<Box> firstMatched = remaining.stream().filter(box::meets).findFirst().map(box::intersect);
        if (firstMatched.isEmpty()) {
            unreachable.add(i);
            List<Integer> involved = new ArrayList<>(List.of(i));
            involved.addAll(earlierMeeting(i));
            findings.add(new TableFinding(FindingKind.SHADOWED, involved, box.witness(),
                    label(i) + " is never the first match: " + labels(involved.subList(1, involved.size()))
                            + " take all its accounts"));
            return remaining;
        }
        examples.add(new RuleExample(i, rules.get(i).code(), firstMatched.get().witness()));
        List<Box> rest = new ArrayList<>(remaining.size());
        boolean split = false;
        for (Box left : remaining) {
            if (!left.meets(box)) {
                rest.add(left);
                continue;
            }
            List<Box> pieces = left.minus(box);
            split |= !pieces.isEmpty();
            rest.addAll(pieces);
            if (rest.size() > 4 * boxLimit) {
                return rest;
            }
        }
        // boxes only taken away leave nothing new to merge
        return split ? Coalescer.coalesce(rest) : rest;
    }

    private void overlaps(int i) {
        for (int j : earlierMeeting(i)) {
            if (!unreachable.contains(j)) {
                findings.add(new TableFinding(FindingKind.OVERLAP, List.of(j, i),
                        boxes.get(j).intersect(boxes.get(i)).witness(),
                        label(i) + " shares accounts with " + label(j) + ", which comes first"));
            }
        }
    }

    private List<Integer> earlierMeeting(int i) {
        List<Integer> meeting = new ArrayList<>();
        for (int j = 0; j < i; j++) {
            if (boxes.get(j).meets(boxes.get(i))) {
                meeting.add(j);
            }
        }
        return meeting;
    }

    private String emptyConditions(int i) {
        Box box = boxes.get(i);
        return Arrays.stream(Dim.values())
            .filter(dim -> box.span(dim).empty())
            .map(dim -> dim.key() + " " + dim.render(box.span(dim)))
            .collect(Collectors.joining(", "));
    }

    private String labels(List<Integer> indexes) {
        return indexes.stream().map(this::label).collect(Collectors.joining(", "));
    }

    private String label(int i) {
        return "rule " + rules.get(i).code();
    }

}
