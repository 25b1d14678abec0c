package io.recoverydesk.kernel;

/**
 * The thing asked for does not exist, or exists outside the caller's tenant or scope
 * (both answer 404: the API as a problem, a page as the "not found" page).
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

}
