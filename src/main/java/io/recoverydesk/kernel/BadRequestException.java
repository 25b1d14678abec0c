package io.recoverydesk.kernel;

/** A malformed request (HTTP 400), with a stable problem type. */
public class BadRequestException extends RuntimeException {

    private final String type;

    public BadRequestException(String type, String message) {
        super(message);
        this.type = type;
    }

    public String type() {
        return type;
    }

}
