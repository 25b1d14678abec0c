package io.recoverydesk.kernel.web;

import java.io.Serializable;

import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.NotFoundException;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refused request as a page shows it: the key of its text in the reader's language, by
 * the problem's type ({@code problem.<type>}, messages-problems), and the English detail
 * the API answers, shown where no text is known and kept as the alert's title. Pages show
 * it with {@code ${#messages.msgOrNull(error.key) ?: error.detail}}.
 */
public record PageProblem(String key, String detail) implements Serializable {

    /** A key no bundle has: the page shows the detail. */
    private static final String UNKNOWN = "problem.-";

    public static PageProblem of(RuntimeException ex) {
        if (ex instanceof BusinessRuleException b) {
            return of(b.type(), b.describe());
        }
        if (ex instanceof BadRequestException b) {
            return of(b.type(), b.getMessage());
        }
        if (ex instanceof ConflictException c) {
            return of(c.type(), c.getMessage());
        }
        if (ex instanceof NotFoundException) {
            return of("not-found", ex.getMessage());
        }
        if (ex instanceof AccessDeniedException) {
            return of("forbidden", ex.getMessage());
        }
        return new PageProblem(UNKNOWN, ex.getMessage());
    }

    /** A problem of the given type ({@code not-a-number}, {@code not-a-date}, …). */
    public static PageProblem of(String type, String detail) {
        return new PageProblem(type == null ? UNKNOWN : "problem." + type, detail);
    }

    /** A text already in the reader's language (the page's own checks). */
    public static PageProblem shown(String text) {
        return new PageProblem(UNKNOWN, text);
    }

    @Override
    public String toString() {
        return detail;
    }

}
