package io.recoverydesk.kernel;

import java.util.List;

import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;

/**
 * A malformed request (HTTP 400), with a stable problem type and each field's problem.
 */
public class BadRequestException extends RuntimeException {

    private final String type;

    private final List<FieldProblem> errors;

    public BadRequestException(String type, String message) {
        this(type, message, List.of());
    }

    public BadRequestException(String type, String message, List<FieldProblem> errors) {
        super(message);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public String type() {
        return type;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

}
