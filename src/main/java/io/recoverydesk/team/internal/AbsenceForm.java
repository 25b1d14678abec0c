package io.recoverydesk.team.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The absence form as typed; a date that does not parse goes to the service as missing,
 * which names the field.
 */
record AbsenceForm(String firstDay, String lastDay, String kind, String note) {

    static AbsenceForm empty(LocalDate today) {
        return new AbsenceForm(today.toString(), today.toString(), AbsenceKind.LEAVE.name(), "");
    }

    AbsenceRequest request() {
        return new AbsenceRequest(date(firstDay), date(lastDay), kind, note);
    }

    private static LocalDate date(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

}
