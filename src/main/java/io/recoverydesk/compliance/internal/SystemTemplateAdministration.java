package io.recoverydesk.compliance.internal;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.UUID;

import io.recoverydesk.compliance.TemplateAdministration;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.TenantId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link TemplateAdministration} over the template desk the pages and the API use: the
 * author acts as an analyst, the approver as a compliance officer.
 */
@Component
class SystemTemplateAdministration implements TemplateAdministration {

    private final TemplateDesk desk;

    SystemTemplateAdministration(TemplateDesk desk) {
        this.desk = desk;
    }

    @Override
    @Transactional
    public int publish(TenantId tenant, String author, String approver, Template t) {
        CurrentUser writer = user(tenant, author, Role.ANALYST);
        TemplateDesk.TemplateView created = desk.create(writer, new TemplateDesk.NewTemplate(t.code(), t.name(),
                t.stage(), t.channel(), t.audience(), t.locale(), t.pack(), t.subject(), t.body()));
        int version = created.versions().get(0).version();
        desk.submit(writer, t.code(), version);
        desk.approve(user(tenant, approver, Role.COMPLIANCE), t.code(), version);
        return version;
    }

    private static CurrentUser user(TenantId tenant, String username, Role role) {
        return new CurrentUser(tenant, UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)), username,
                username, EnumSet.of(role), null, null);
    }

}
