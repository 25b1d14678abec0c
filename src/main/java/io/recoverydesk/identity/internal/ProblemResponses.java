package io.recoverydesk.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * problem+json answers for the security filters, which run before the MVC exception
 * handlers.
 */
@Component
class ProblemResponses {

    void write(HttpServletResponse response, int status, String type, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            // Bearer, not Basic: a Basic challenge makes browsers prompt and then send
            // the cached
            // credentials with any cross-site request, and the API has no CSRF token.
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Recovery Desk\"");
        }
        response.getWriter()
            .write("{\"type\":\"urn:recovery-desk:problem:" + type + "\",\"title\":\""
                    + (status == 401 ? "Unauthorized" : "Forbidden") + "\",\"status\":" + status + ",\"detail\":\""
                    + detail.replace("\"", "'") + "\"}");
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, ex) -> write(response, 401, "unauthenticated",
                ex instanceof org.springframework.security.authentication.LockedException
                        ? "The account is locked after too many failed logins; try again later."
                        : "Authentication is required (HTTP Basic or a Bearer access token).");
    }

    AccessDeniedHandler accessDeniedHandler() {
        return (request, response, ex) -> write(response, 403, "forbidden", "Your role may not do this.");
    }

}
