package io.recoverydesk.identity.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import io.recoverydesk.identity.CurrentUser;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after authentication on every request: a disabled user, or a session older than
 * the user's last disable, is signed out at once; otherwise the request gets its
 * {@link CurrentUser} with fresh scopes.
 */
class ActiveUserFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = CurrentUser.class.getName();

    static final String LOGIN_AT = "rd.loginAt";

    private final UserStore users;

    private final ProblemResponses problems;

    private final boolean api;

    ActiveUserFilter(UserStore users, ProblemResponses problems, boolean api) {
        this.users = users;
        this.problems = problems;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        // a token filter earlier in the chain may have loaded the user already
        Optional<UserRecord> user = request.getAttribute(LOADED) instanceof UserRecord loaded
                && loaded.username().equals(auth.getName()) ? Optional.of(loaded)
                        : users.findByUsername(auth.getName());
        if (user.isEmpty() || !user.get().enabled() || staleSession(request, user.get())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (api) {
                problems.write(response, 401, "unauthenticated", "This user is disabled or was signed out.");
            }
            else {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            }
            return;
        }
        request.setAttribute(ATTRIBUTE, toCurrentUser(user.get()));
        chain.doFilter(request, response);
    }

    private boolean staleSession(HttpServletRequest request, UserRecord user) {
        HttpSession session = request.getSession(false);
        if (api || session == null) {
            return false;
        }
        Object loginAt = session.getAttribute(LOGIN_AT);
        return !(loginAt instanceof Instant at) || at.isBefore(user.sessionsValidAfter());
    }

    /**
     * Request attribute: the {@link UserRecord} an authentication filter already loaded.
     */
    static final String LOADED = ActiveUserFilter.class.getName() + ".loaded";

    static CurrentUser toCurrentUser(UserRecord u) {
        return new CurrentUser(u.tenantId(), u.id(), u.username(), u.displayName(), u.roles(), u.teamId(),
                CurrentUser.effectiveScope(u.roles(), u.userScopes(), u.teamScopes(), u.teamId() != null));
    }

}
