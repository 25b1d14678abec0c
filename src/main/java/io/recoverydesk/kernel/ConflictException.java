package io.recoverydesk.kernel;

/** The request conflicts with the current state (HTTP 409), e.g. a duplicate code. */
public class ConflictException extends RuntimeException {

    private final String type;

    public ConflictException(String type, String message) {
        super(message);
        this.type = type;
    }

    public String type() {
        return type;
    }

}
