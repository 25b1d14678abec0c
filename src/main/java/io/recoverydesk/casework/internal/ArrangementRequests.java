package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;

/** Turns request bodies (API and forms) into installments, with clear problems. */
final class ArrangementRequests {

    private ArrangementRequests() {
    }

    /** An installment as a client sends it. */
    record Part(BigDecimal amount, LocalDate dueDate) {
    }

    /** {@code amount}+{@code dueDate} or {@code installments}, not both. */
    static List<Installment> promise(BigDecimal amount, LocalDate dueDate, List<Part> parts) {
        boolean single = amount != null || dueDate != null;
        boolean many = parts != null && !parts.isEmpty();
        if (single == many) {
            throw new BadRequestException("amount-or-installments",
                    "Give amount and dueDate, or installments: [{amount, dueDate}], not both.");
        }
        return checked(single ? List.of(new Part(amount, dueDate)) : parts, single ? "" : "installments");
    }

    /** Explicit plan installments: a list of {amount, dueDate} objects. */
    static List<Part> parts(Object raw) {
        if (!(raw instanceof List<?> list)) {
            throw new BadRequestException("bad-installments",
                    "installments is a number (with total, frequency, firstDate) or a list of {amount, dueDate}.");
        }
        List<Part> parts = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m)) {
                throw new BadRequestException("bad-installments", "Each installment is {amount, dueDate}.");
            }
            try {
                parts.add(new Part(m.get("amount") == null ? null : new BigDecimal(m.get("amount").toString()),
                        m.get("dueDate") == null ? null : LocalDate.parse(m.get("dueDate").toString())));
            }
            catch (RuntimeException ex) {
                throw new BadRequestException("bad-installments", "Not an amount or a date: " + m + ".");
            }
        }
        return parts;
    }

    static List<Installment> checked(List<Part> parts, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Installment> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            String at = field.isEmpty() ? "" : field + "[" + i + "].";
            if (p.amount() == null || p.amount().signum() <= 0) {
                problems.add(new FieldProblem(at + "amount", InstallmentProblems.ABOVE_ZERO.english()));
            }
            if (p.dueDate() == null) {
                problems.add(new FieldProblem(at + "dueDate", InstallmentProblems.REQUIRED.english()));
            }
            if (problems.isEmpty()) {
                out.add(new Installment(i + 1, p.amount(), p.dueDate()));
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-installments", "Some installments are not valid.", problems);
        }
        return out;
    }

}
