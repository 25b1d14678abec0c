package io.recoverydesk.identity.internal;

import java.time.Clock;

import io.recoverydesk.audit.AuditLog;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password login (form and HTTP Basic) that counts failures and locks the account after
 * too many (audited).
 */
class LockingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;

    private final UserStore users;

    private final AuditLog audit;

    private final IdentityProperties properties;

    private final Clock clock;

    private final TransactionTemplate tx;

    LockingAuthenticationProvider(DaoAuthenticationProvider delegate, UserStore users, AuditLog audit,
            IdentityProperties properties, Clock clock, TransactionTemplate tx) {
        this.delegate = delegate;
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.tx = tx;
    }

    /**
     * Password checks of one username run one at a time on this node (striped locks, so
     * no map grows with usernames): parallel requests of a legitimate client wait instead
     * of being counted as failures in flight, and parallel guesses get no more than the
     * allowed checks.
     */
    private static final java.util.concurrent.locks.ReentrantLock[] STRIPES = new java.util.concurrent.locks.ReentrantLock[64];

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new java.util.concurrent.locks.ReentrantLock(true);
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        java.util.concurrent.locks.ReentrantLock stripe = STRIPES[Math.floorMod(username.hashCode(), STRIPES.length)];
        try {
            if (!stripe.tryLock(10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new org.springframework.security.authentication.AuthenticationServiceException(
                        "Too many logins at once for this user; try again.");
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new org.springframework.security.authentication.AuthenticationServiceException("interrupted");
        }
        try {
            return authenticateOneAtATime(authentication, username);
        }
        finally {
            stripe.unlock();
        }
    }

    private Authentication authenticateOneAtATime(Authentication authentication, String username) {
        UserStore.Attempt attempt = tx.execute(s -> users.reserveLoginAttempt(username, clock.instant(),
                properties.maxFailedLogins(), properties.failureWindow()));
        if (attempt == UserStore.Attempt.REFUSED) {
            throw new LockedException("User account is locked");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            tx.executeWithoutResult(s -> users.recordSuccessfulLogin(username, clock.instant()));
            return result;
        }
        catch (BadCredentialsException ex) {
            tx.executeWithoutResult(s -> {
                if (users.lockIfTooManyFailures(username, clock.instant(), properties.maxFailedLogins(),
                        properties.lockDuration())) {
                    users.findByUsername(username)
                        .ifPresent(u -> audit.record(u.tenantId(), username, "USER_LOCKED", "user", u.id().toString(),
                                properties.maxFailedLogins() + " failed logins within " + properties.failureWindow()));
                }
            });
            throw ex;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

}
