package io.recoverydesk.strategy.internal;

import java.util.List;

import io.recoverydesk.compliance.MessageTemplates;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.TenantId;

import org.springframework.stereotype.Component;

/**
 * The strategy check with what the tenant has: besides the definition's own findings,
 * digital steps naming templates that do not exist, are not approved or are written for
 * another channel, and paths for teams that do not exist.
 */
@Component
class StrategyChecks {

    private final MessageTemplates templates;

    private final Tenants tenants;

    StrategyChecks(MessageTemplates templates, Tenants tenants) {
        this.templates = templates;
        this.tenants = tenants;
    }

    List<DefinitionCheck.Finding> check(TenantId tenant, StrategyDefinition definition) {
        return DefinitionCheck.check(definition,
                new DefinitionCheck.Known(templates.listed(tenant), tenants.teamCodes(tenant)));
    }

}
