package io.recoverydesk.strategy.segments;

import java.util.List;

import static io.recoverydesk.strategy.segments.Accounts.amount;

/** A realistic collection table, and variants of it with the mistakes people make. */
final class CollectionTables {

    static final List<String> HELD = List.of("DISPUTE", "CEASE", "BANKRUPTCY", "DECEASED", "LEGAL", "COMPLAINT",
            "LAWYER");

    static final SegmentRule HOLD = SegmentRule.of("HOLD", "Legal and hold accounts", "REVIEW")
        .withHolds(ValueSet.of(HELD));

    static final SegmentRule CURRENT = SegmentRule.of("CURRENT", "Not yet overdue", "MONITOR")
        .withDpd(IntRange.exactly(0));

    static final SegmentRule M1_DIGITAL = SegmentRule.of("M1-DIGITAL", "M1 low balance, good score", "DIGITAL")
        .withDpd(IntRange.between(1, 30))
        .withBalance(DecimalRange.below(amount("500")))
        .withScoreBands(ValueSet.of("A", "B", "C"));

    static final SegmentRule M1_AGENT = SegmentRule.of("M1-AGENT", "M1 high balance or poor score", "AGENT-SOFT")
        .withDpd(IntRange.between(1, 30));

    static final SegmentRule M2_M3 = SegmentRule.of("M2-M3", "M2 to M3", "AGENT").withDpd(IntRange.between(31, 90));

    static final SegmentRule M4_M6 = SegmentRule.of("M4-M6", "M4 to M6", "AGENT-FIRM")
        .withDpd(IntRange.between(91, 180));

    static final SegmentRule M6_PLUS = SegmentRule.of("M6-PLUS", "M6 and later", "PLACEMENT")
        .withDpd(IntRange.atLeast(181));

    private CollectionTables() {
    }

    static SegmentTable complete() {
        return new SegmentTable(List.of(HOLD, CURRENT, M1_DIGITAL, M1_AGENT, M2_M3, M4_M6, M6_PLUS));
    }

    static SegmentTable withoutCurrent() {
        return new SegmentTable(List.of(HOLD, M1_DIGITAL, M1_AGENT, M2_M3, M4_M6, M6_PLUS));
    }

    static SegmentTable withCappedPlacement() {
        return new SegmentTable(List.of(HOLD, CURRENT, M1_DIGITAL, M1_AGENT, M2_M3, M4_M6,
                M6_PLUS.withBalance(DecimalRange.below(amount("1000000")))));
    }

}
