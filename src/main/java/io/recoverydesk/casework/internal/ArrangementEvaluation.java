package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * How a promise or a plan stands, computed only from the payments and the time, so that
 * evaluating again (a retried event, an event out of order, the daily job) gives the same
 * answer. Installments are measured cumulatively: the k-th is met when the payments made
 * before its deadline (the due date plus the grace days, midnight in the tenant's zone)
 * cover the first k amounts.
 */
final class ArrangementEvaluation {

    /** What the debtor paid since the arrangement was made, before an instant. */
    @FunctionalInterface
    interface Paid {

        BigDecimal before(Instant until);

    }

    /**
     * The result: the arrangement's status, the money counted, each installment's state.
     */
    record Outcome(String status, BigDecimal paid, List<String> installments) {
    }

    private ArrangementEvaluation() {
    }

    static Instant deadline(LocalDate due, int graceDays, ZoneId zone) {
        return due.plusDays(graceDays + 1L).atStartOfDay(zone).toInstant();
    }

    /**
     * PENDING while no installment is missed and not all are met; KEPT when every
     * installment was met in time; once one is missed, PARTIALLY_KEPT when something was
     * paid, else BROKEN.
     */
    static Outcome promise(List<Installment> installments, Paid paid, Instant now, ZoneId zone, int graceDays) {
        List<String> states = states(installments, paid, now, zone, graceDays, "MET");
        Instant last = deadline(installments.get(installments.size() - 1).dueDate(), graceDays, zone);
        BigDecimal counted = paid.before(last);
        String status;
        if (states.stream().allMatch("MET"::equals)) {
            status = "KEPT";
        }
        else if (states.contains("MISSED")) {
            status = counted.signum() > 0 ? "PARTIALLY_KEPT" : "BROKEN";
        }
        else {
            status = "PENDING";
        }
        return new Outcome(status, counted, states);
    }

    /**
     * COMPLETED when the payments cover the total (late ones too); DEFAULTED when
     * {@code maxMissed} installments were missed; ACTIVE otherwise.
     */
    static Outcome plan(List<Installment> installments, Paid paid, Instant now, ZoneId zone, int graceDays,
            int maxMissed) {
        List<String> states = states(installments, paid, now, zone, graceDays, "PAID");
        Instant last = deadline(installments.get(installments.size() - 1).dueDate(), graceDays, zone);
        BigDecimal counted = paid.before(now.isAfter(last) ? now.plusSeconds(1) : last);
        BigDecimal total = InstallmentSchedule.sum(installments);
        long missed = states.stream().filter("MISSED"::equals).count();
        String status;
        if (counted.compareTo(total) >= 0) {
            status = "COMPLETED";
            states = states.stream().map(s -> s.equals("MISSED") ? s : "PAID").toList();
        }
        else if (missed >= maxMissed) {
            status = "DEFAULTED";
        }
        else {
            status = "ACTIVE";
        }
        return new Outcome(status, counted, states);
    }

    private static List<String> states(List<Installment> installments, Paid paid, Instant now, ZoneId zone,
            int graceDays, String met) {
        List<String> states = new ArrayList<>(installments.size());
        BigDecimal cumulative = BigDecimal.ZERO;
        for (Installment installment : installments) {
            cumulative = cumulative.add(installment.amount());
            Instant deadline = deadline(installment.dueDate(), graceDays, zone);
            if (paid.before(deadline).compareTo(cumulative) >= 0) {
                states.add(met);
            }
            else {
                states.add(now.isBefore(deadline) ? "PENDING" : "MISSED");
            }
        }
        return List.copyOf(states);
    }

}
