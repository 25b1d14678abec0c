package io.recoverydesk.identity.internal;

import java.time.ZoneId;
import java.util.Optional;

import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.CurrentTenant;
import io.recoverydesk.kernel.TenantId;

import org.springframework.stereotype.Component;

/** The kernel's view of the acting user, for modules that sit below identity (audit). */
@Component
class RequestCurrentTenant implements CurrentTenant {

    private final CurrentUsers users;

    private final Tenants tenants;

    RequestCurrentTenant(CurrentUsers users, Tenants tenants) {
        this.users = users;
        this.tenants = tenants;
    }

    @Override
    public Optional<Actor> current() {
        return users.current().map(u -> new Actor(u.tenantId(), u.username()));
    }

    @Override
    public ZoneId zone(TenantId tenant) {
        return tenants.get(tenant).zone();
    }

}
