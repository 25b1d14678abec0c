package io.recoverydesk.team.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;

/**
 * An absence as asked for, before it is checked: both days given, the last not before the
 * first, at most {@value #MAX_DAYS} days, a known kind, a note of at most
 * {@value #MAX_NOTE} characters.
 */
record AbsenceRequest(LocalDate firstDay, LocalDate lastDay, String kind, String note) {

    static final int MAX_DAYS = 366;

    static final int MAX_NOTE = 500;

    /** A checked absence, not yet stored. */
    record Checked(LocalDate firstDay, LocalDate lastDay, AbsenceKind kind, String note) {
    }

    Checked validated() {
        List<FieldProblem> problems = new ArrayList<>();
        if (firstDay == null) {
            problems.add(new FieldProblem("firstDay", "required, a date (yyyy-MM-dd)"));
        }
        if (lastDay == null) {
            problems.add(new FieldProblem("lastDay", "required, a date (yyyy-MM-dd)"));
        }
        else if (firstDay != null && lastDay.isBefore(firstDay)) {
            problems.add(new FieldProblem("lastDay", "must not be before firstDay"));
        }
        else if (firstDay != null && ChronoUnit.DAYS.between(firstDay, lastDay) + 1 > MAX_DAYS) {
            problems.add(new FieldProblem("lastDay", "an absence spans at most " + MAX_DAYS + " days"));
        }
        String wanted = kind == null ? "" : kind.strip();
        if (!AbsenceKind.known(wanted)) {
            problems.add(new FieldProblem("kind", "one of LEAVE, SICK, TRAINING, OTHER"));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "at most " + MAX_NOTE + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException("invalid-absence", "The absence has invalid fields.", problems);
        }
        return new Checked(firstDay, lastDay, AbsenceKind.valueOf(wanted), text);
    }

}
