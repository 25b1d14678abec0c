package io.recoverydesk.kernel;

import java.util.Objects;
import java.util.UUID;

/** The tenant (a collection agency or an in-house department) a row belongs to. */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    @Override
    public String toString() {
        return value.toString();
    }

}
