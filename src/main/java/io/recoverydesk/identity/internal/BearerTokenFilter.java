package io.recoverydesk.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer rd_...} with a personal access token; a bad
 * token answers 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final UserStore users;

    private final Clock clock;

    private final ProblemResponses problems;

    private final TokenPrincipals principals;

    BearerTokenFilter(UserStore users, TokenPrincipals principals, Clock clock, ProblemResponses problems) {
        this.principals = principals;
        this.users = users;
        this.clock = clock;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = header.substring(7).trim();
        String hash = TokenStore.hash(secret);
        Optional<UserRecord> record = principals.get(hash, () -> users.findByTokenHash(hash, clock.instant()))
            .filter(UserRecord::enabled);
        record.ifPresent(r -> request.setAttribute(ActiveUserFilter.LOADED, r));
        Optional<UserDetails> user = record.map(u -> RdUserDetailsService.toDetails(u, clock));
        if (user.isEmpty()) {
            problems.write(response, 401, "invalid-token", "The access token is unknown, revoked or expired.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get().getUsername(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

}
