package io.recoverydesk.compliance.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.recoverydesk.kernel.BadRequestException;

/**
 * Picks the contacts of a week for review: every contact with violations or note
 * findings, plus a deterministic random share of each agent's contacts. The share is
 * {@code max(1, ceil(count * percent / 100))} per agent who had contacts; the order is
 * the SHA-256 of {@code tenant/week/contactId}, so reruns pick the same contacts, and
 * contacts already sampled count towards the share.
 */
final class QaSampling {

    static final String SAMPLE = "SAMPLE";

    static final String VIOLATION = "VIOLATION";

    static final String NOTE_FINDING = "NOTE_FINDING";

    static final String COMPLAINT = "COMPLAINT";

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private QaSampling() {
    }

    /** A contact of the week as the sampling sees it. */
    record Candidate(UUID contactId, String agent, boolean violations, boolean noteFindings) {
    }

    /** An ISO week, e.g. 2026-W47. */
    record Week(int year, int week) {

        static Week parse(String text) {
            Matcher m = text == null ? null : WEEK.matcher(text.strip());
            if (m == null || !m.matches()) {
                throw new BadRequestException("invalid-week", "A week looks like 2026-W47, not " + text + ".");
            }
            int year = Integer.parseInt(m.group(1));
            int week = Integer.parseInt(m.group(2));
            LocalDate mid = LocalDate.of(year, 6, 1);
            if (year < 2000 || year > 2100 || week < 1
                    || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                throw new BadRequestException("invalid-week", "No week " + text + ".");
            }
            return new Week(year, week);
        }

        static Week of(LocalDate date) {
            return new Week(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }

        static Week of(Instant instant, ZoneId zone) {
            return of(instant.atZone(zone).toLocalDate());
        }

        LocalDate monday() {
            return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        Instant start(ZoneId zone) {
            return monday().atStartOfDay(zone).toInstant();
        }

        Instant end(ZoneId zone) {
            return monday().plusWeeks(1).atStartOfDay(zone).toInstant();
        }

        Week previous() {
            return of(monday().minusWeeks(1));
        }

        Week next() {
            return of(monday().plusWeeks(1));
        }

        @Override
        public String toString() {
            return String.format("%04d-W%02d", year, week);
        }

    }

    /** How many of an agent's {@code count} contacts the share asks for. */
    static int share(int count, int percent) {
        if (count <= 0) {
            return 0;
        }
        return Math.max(1, (int) Math.ceil(count * percent / 100.0));
    }

    /**
     * The contacts to queue with their reasons, in a stable order; contacts in
     * {@code alreadySampled} count towards their agent's share and are not returned.
     */
    static Map<UUID, Set<String>> pick(List<Candidate> contacts, int percent, String salt, Set<UUID> alreadySampled) {
        Map<UUID, Set<String>> out = new LinkedHashMap<>();
        for (Candidate c : contacts) {
            if (c.violations()) {
                out.computeIfAbsent(c.contactId(), k -> new LinkedHashSet<>()).add(VIOLATION);
            }
            if (c.noteFindings()) {
                out.computeIfAbsent(c.contactId(), k -> new LinkedHashSet<>()).add(NOTE_FINDING);
            }
        }
        Map<String, List<Candidate>> byAgent = new TreeMap<>();
        contacts.forEach(c -> byAgent.computeIfAbsent(c.agent(), k -> new ArrayList<>()).add(c));
        byAgent.forEach((agent, own) -> {
            int wanted = share(own.size(), percent);
            long have = own.stream().filter(c -> alreadySampled.contains(c.contactId())).count();
            List<Candidate> order = new ArrayList<>(own);
            order.sort(Comparator.comparing((Candidate c) -> hash(salt + "/" + c.contactId()))
                .thenComparing(c -> c.contactId().toString()));
            for (Candidate c : order) {
                if (have >= wanted) {
                    break;
                }
                if (alreadySampled.contains(c.contactId())) {
                    continue;
                }
                out.computeIfAbsent(c.contactId(), k -> new LinkedHashSet<>()).add(SAMPLE);
                have++;
            }
        });
        return out;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
