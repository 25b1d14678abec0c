package io.recoverydesk.kernel;

/**
 * The thing asked for does not exist, or exists outside the caller's tenant or scope
 * (both answer 404).
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

}
