package io.recoverydesk.identity.internal;

import java.time.Clock;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class RdUserDetailsService implements UserDetailsService {

    private final UserStore users;

    private final Clock clock;

    RdUserDetailsService(UserStore users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRecord user = users.findByUsername(username)
            .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return toDetails(user, clock);
    }

    static UserDetails toDetails(UserRecord user, Clock clock) {
        return User.withUsername(user.username())
            .password(user.passwordHash())
            .authorities(user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
            .disabled(!user.enabled())
            .accountLocked(user.lockedAt(clock.instant()))
            .build();
    }

}
