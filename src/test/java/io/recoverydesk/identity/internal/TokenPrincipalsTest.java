package io.recoverydesk.identity.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.TenantId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenPrincipalsTest {

    static final UserRecord USER = new UserRecord(new TenantId(UUID.randomUUID()), UUID.randomUUID(), "agent-1",
            "Agent", "hash", Set.of(Role.AGENT), null, null, true, null, null, Set.of(), Set.of());

    @Test
    void remembersAUserForTheTimeToLiveAndForgetsOnInvalidate() {
        TokenPrincipals principals = new TokenPrincipals(Duration.ofMinutes(1));
        AtomicInteger loads = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertThat(principals.get("h", () -> {
                loads.incrementAndGet();
                return Optional.of(USER);
            })).contains(USER);
        }
        assertThat(loads).hasValue(1);
        principals.invalidate();
        assertThat(principals.get("h", () -> {
            loads.incrementAndGet();
            return Optional.empty();
        })).isEmpty();
        assertThat(loads).hasValue(2);
    }

    @Test
    void aZeroTimeToLiveRemembersNothingAndUnknownTokensAreNotRemembered() {
        TokenPrincipals off = new TokenPrincipals(Duration.ZERO);
        AtomicInteger loads = new AtomicInteger();
        off.get("h", () -> {
            loads.incrementAndGet();
            return Optional.of(USER);
        });
        off.get("h", () -> {
            loads.incrementAndGet();
            return Optional.of(USER);
        });
        assertThat(loads).hasValue(2);
        TokenPrincipals on = new TokenPrincipals(Duration.ofMinutes(1));
        on.get("x", Optional::empty);
        assertThat(on.get("x", () -> Optional.of(USER))).contains(USER);
    }

}
