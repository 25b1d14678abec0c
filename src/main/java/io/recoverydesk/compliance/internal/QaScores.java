package io.recoverydesk.compliance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.TenantId;

import org.springframework.stereotype.Service;

/** QA scores per agent and per team and week of the contacts reviewed. */
@Service
class QaScores {

    private final QaStore store;

    private final QaSampler sampler;

    private final Clock clock;

    QaScores(QaStore store, QaSampler sampler, Clock clock) {
        this.store = store;
        this.sampler = sampler;
        this.clock = clock;
    }

    /** One row of the score tables: a week and an agent or team. */
    record ScoreLine(String week, String key, String name, BigDecimal average, long reviews, long coaching) {
    }

    /** Scores per agent and per team and week. */
    record Scores(String from, String to, List<ScoreLine> agents, List<ScoreLine> teams) {
    }

    Scores scores(TenantId tenant, String from, String to) {
        QaSampling.Week toWeek = to == null || to.isBlank() ? QaSampling.Week.of(clock.instant(), sampler.zone(tenant))
                : QaSampling.Week.parse(to);
        QaSampling.Week fromWeek = from == null || from.isBlank() ? QaSampling.Week.of(toWeek.monday().minusWeeks(7))
                : QaSampling.Week.parse(from);
        if (fromWeek.monday().isAfter(toWeek.monday())) {
            throw new BadRequestException("invalid-range", "from " + fromWeek + " is after to " + toWeek + ".");
        }
        List<QaStore.ScoreRow> rows = store.scoreRows(tenant, fromWeek.toString(), toWeek.toString());
        return new Scores(fromWeek.toString(), toWeek.toString(),
                aggregate(rows, r -> r.agent(), r -> r.agentName() == null ? r.agent() : r.agentName()),
                aggregate(rows.stream().filter(r -> r.team() != null).toList(), r -> r.team(), r -> r.teamName()));
    }

    private static List<ScoreLine> aggregate(List<QaStore.ScoreRow> rows,
            java.util.function.Function<QaStore.ScoreRow, String> key,
            java.util.function.Function<QaStore.ScoreRow, String> name) {
        Map<String, List<QaStore.ScoreRow>> groups = new TreeMap<>();
        rows.forEach(r -> groups.computeIfAbsent(r.week() + "\u0000" + key.apply(r), k -> new ArrayList<>()).add(r));
        List<ScoreLine> out = new ArrayList<>();
        groups.values().forEach(g -> {
            BigDecimal total = g.stream().map(QaStore.ScoreRow::score).reduce(BigDecimal.ZERO, BigDecimal::add);
            QaStore.ScoreRow first = g.get(0);
            out.add(new ScoreLine(first.week(), key.apply(first), name.apply(first), QaScoring.average(total, g.size()),
                    g.size(), g.stream().filter(QaStore.ScoreRow::coaching).count()));
        });
        return out;
    }

}
