package io.recoverydesk.casework.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.CREDITOR_VIEWER;
import static io.recoverydesk.identity.Role.MANAGER;
import static io.recoverydesk.identity.Role.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many agents read at once (the allocation run's scopes) are the same users, with the
 * same effective scopes, as each read alone; unknown names and other tenants' users are
 * absent.
 */
class AgentsIT extends IntegrationTest {

    @Autowired
    Agents agents;

    @Test
    void manyAtOnceAreEachAlone() {
        TestTenant tenant = tenants.create();
        TestTenant other = tenants.create();
        List<String> names = List.of(tenant.user(AGENT), tenant.user(TEAM_LEAD), tenant.user(CREDITOR_VIEWER),
                tenant.user(MANAGER), "nobody", other.user(AGENT), tenant.user(AGENT));

        Map<String, CurrentUser> found = agents.findAll(tenant.id(), names);

        assertThat(found).containsOnlyKeys(tenant.user(AGENT), tenant.user(TEAM_LEAD), tenant.user(CREDITOR_VIEWER),
                tenant.user(MANAGER));
        assertThat(found.get(tenant.user(AGENT)).creditorScope()).isEqualTo(Set.of("C1"));
        assertThat(found.get(tenant.user(CREDITOR_VIEWER)).creditorScope()).isEqualTo(Set.of("C2"));
        assertThat(found.get(tenant.user(MANAGER)).seesAllCreditors()).isTrue();
        found.forEach((name, user) -> assertThat(agents.find(tenant.id(), name)).contains(user));
        assertThat(agents.findAll(tenant.id(), List.of())).isEmpty();
    }

}
