package io.recoverydesk.identity.internal;

import java.util.Optional;

import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.kernel.CurrentTenant;

import org.springframework.stereotype.Component;

/** The kernel's view of the acting user, for modules that sit below identity (audit). */
@Component
class RequestCurrentTenant implements CurrentTenant {

    private final CurrentUsers users;

    RequestCurrentTenant(CurrentUsers users) {
        this.users = users;
    }

    @Override
    public Optional<Actor> current() {
        return users.current().map(u -> new Actor(u.tenantId(), u.username()));
    }

}
