package io.recoverydesk.kernel;

import java.util.List;

/** A well-formed request that a business rule refuses (HTTP 422). */
public class BusinessRuleException extends RuntimeException {

    private final String type;

    private final List<FieldProblem> errors;

    public BusinessRuleException(String type, String message) {
        this(type, message, List.of());
    }

    public BusinessRuleException(String type, String message, List<FieldProblem> errors) {
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

    /** The message with each field's problem, for a page that shows it in one line. */
    public String describe() {
        if (errors.isEmpty()) {
            return getMessage();
        }
        return getMessage() + " "
                + String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
    }

    /** One field's problem in a problem+json answer. */
    public record FieldProblem(String field, String message) {
    }

}
