package io.recoverydesk.identity.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The users behind bearer tokens, remembered for a moment (default 2 s): API clients call
 * many times a second and each call would otherwise read the token, the user and the
 * scopes again. Disabling a user or revoking a token forgets everything on this node at
 * once (and again after the commit); another node forgets within the time to live.
 */
@Component
class TokenPrincipals {

    private final long ttlNanos;

    private final Map<String, Entry> byTokenHash = new ConcurrentHashMap<>();

    private record Entry(UserRecord user, long until) {
    }

    TokenPrincipals(@Value("${rd.security.token-cache-ttl:2s}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    Optional<UserRecord> get(String tokenHash, Supplier<Optional<UserRecord>> load) {
        long now = System.nanoTime();
        Entry entry = byTokenHash.get(tokenHash);
        if (entry != null && now - entry.until() < 0) {
            return Optional.of(entry.user());
        }
        Optional<UserRecord> user = load.get();
        if (ttlNanos > 0 && user.isPresent()) {
            if (byTokenHash.size() > 10_000) {
                byTokenHash.clear();
            }
            byTokenHash.put(tokenHash, new Entry(user.get(), now + ttlNanos));
        }
        else {
            byTokenHash.remove(tokenHash);
        }
        return user;
    }

    /** Forgets every remembered user, now and once the current transaction commits. */
    void invalidate() {
        byTokenHash.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    byTokenHash.clear();
                }
            });
        }
    }

}
