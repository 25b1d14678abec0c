package io.recoverydesk.kernel;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Who is acting, as far as modules below identity need to know: the tenant and the
 * username. Implemented by the identity module from the authenticated request.
 */
public interface CurrentTenant {

    Optional<Actor> current();

    default Actor require() {
        return current().orElseThrow(() -> new IllegalStateException("no authenticated user in this request"));
    }

    /** The tenant's time zone, in which its people read times. */
    ZoneId zone(TenantId tenant);

    /** The tenant and the username of the acting user (or of a system job). */
    record Actor(TenantId tenantId, String username) {
    }

}
