package io.recoverydesk.compliance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.kernel.BadRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QaSamplingTest {

    static List<QaSampling.Candidate> contacts(String agent, int n) {
        List<QaSampling.Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new QaSampling.Candidate(UUID.nameUUIDFromBytes((agent + i).getBytes()), agent, false, false));
        }
        return out;
    }

    static long samples(Map<UUID, Set<String>> picked, List<QaSampling.Candidate> of) {
        return of.stream().filter(c -> picked.getOrDefault(c.contactId(), Set.of()).contains("SAMPLE")).count();
    }

    @Test
    void theShareIsTheCeilingOfThePercentWithAtLeastOnePerAgentWithContacts() {
        assertThat(QaSampling.share(0, 5)).isZero();
        assertThat(QaSampling.share(1, 5)).isEqualTo(1);
        assertThat(QaSampling.share(20, 5)).isEqualTo(1);
        assertThat(QaSampling.share(21, 5)).isEqualTo(2);
        assertThat(QaSampling.share(100, 5)).isEqualTo(5);
        assertThat(QaSampling.share(10, 100)).isEqualTo(10);
    }

    @Test
    void eachAgentGetsTheirShareAndFlaggedContactsAreAlwaysQueued() {
        List<QaSampling.Candidate> anna = contacts("anna", 100);
        List<QaSampling.Candidate> bo = contacts("bo", 3);
        List<QaSampling.Candidate> all = new ArrayList<>(anna);
        all.addAll(bo);
        UUID violation = UUID.randomUUID();
        UUID note = UUID.randomUUID();
        all.add(new QaSampling.Candidate(violation, "bo", true, false));
        all.add(new QaSampling.Candidate(note, "bo", false, true));
        Map<UUID, Set<String>> picked = QaSampling.pick(all, 5, "t/2026-W47", Set.of());
        assertThat(samples(picked, anna)).isEqualTo(5);
        // bo has 5 contacts: 5 % rounds up to one sample
        long boSamples = picked.values().stream().filter(r -> r.contains("SAMPLE")).count() - 5;
        assertThat(boSamples).isEqualTo(1);
        assertThat(picked.get(violation)).contains("VIOLATION");
        assertThat(picked.get(note)).contains("NOTE_FINDING");
    }

    @Test
    void thePickIsStableAcrossRerunsAndDependsOnTheSalt() {
        List<QaSampling.Candidate> anna = contacts("anna", 200);
        Map<UUID, Set<String>> first = QaSampling.pick(anna, 5, "t/2026-W47", Set.of());
        List<QaSampling.Candidate> shuffled = new ArrayList<>(anna);
        java.util.Collections.reverse(shuffled);
        assertThat(QaSampling.pick(shuffled, 5, "t/2026-W47", Set.of())).isEqualTo(first);
        assertThat(QaSampling.pick(anna, 5, "t/2026-W48", Set.of()).keySet()).isNotEqualTo(first.keySet());
    }

    @Test
    void contactsAlreadySampledCountTowardsTheShare() {
        List<QaSampling.Candidate> anna = contacts("anna", 40);
        Map<UUID, Set<String>> first = QaSampling.pick(anna, 5, "s", Set.of());
        assertThat(first).hasSize(2);
        assertThat(QaSampling.pick(anna, 5, "s", new HashSet<>(first.keySet()))).isEmpty();
        // a contact reported late raises the share to 3: one more, the old two kept
        List<QaSampling.Candidate> more = contacts("anna", 41);
        Map<UUID, Set<String>> again = QaSampling.pick(more, 5, "s", new HashSet<>(first.keySet()));
        assertThat(again).hasSize(1);
        assertThat(again.keySet()).doesNotContainAnyElementsOf(first.keySet());
    }

    @Test
    void isoWeeksParseAndStartOnMondayInTheTenantsZone() {
        QaSampling.Week week = QaSampling.Week.parse("2026-W47");
        assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(week.start(ZoneId.of("Asia/Shanghai"))).isEqualTo(Instant.parse("2026-11-15T16:00:00Z"));
        assertThat(week.end(ZoneId.of("Asia/Shanghai"))).isEqualTo(Instant.parse("2026-11-22T16:00:00Z"));
        assertThat(week.previous().toString()).isEqualTo("2026-W46");
        assertThat(QaSampling.Week.parse("2027-W01").monday()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(QaSampling.Week.of(LocalDate.of(2027, 1, 1)).toString()).isEqualTo("2026-W53");
        assertThatThrownBy(() -> QaSampling.Week.parse("2026-W54")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> QaSampling.Week.parse("2025-W53")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> QaSampling.Week.parse("nope")).isInstanceOf(BadRequestException.class);
    }

}
