package io.recoverydesk.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's list lookup gives exactly what the one-account lookup gives for each
 * id: the tenant's accounts in the user's creditor scope, nothing of another tenant or
 * creditor, unknown ids left out — also past one statement's worth of ids.
 */
class AccountDirectoryIT extends IntegrationTest {

    static final String HEADER = "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\n";

    @Autowired
    AccountDirectory directory;

    UUID account(TestTenant tenant, String creditor, String ref, String name) {
        return UUID.fromString(importAccount(tenant, creditor, ref,
                HEADER + ref + "," + name + ",1380013" + (8000 + ref.hashCode() % 1000 + 1000) + ",100,2026-01-15\n"));
    }

    static CurrentUser user(TestTenant tenant, Role role, Set<String> scope) {
        return new CurrentUser(tenant.id(), UUID.randomUUID(), tenant.user(role), role.name(), Set.of(role), null,
                scope);
    }

    @Test
    void aListOfIdsIsSeenAsEachIdAlone() {
        TestTenant tenant = tenants.create();
        TestTenant other = tenants.create();
        UUID first = account(tenant, "C1", "AD-1", "李雷");
        UUID second = account(tenant, "C1", "AD-2", "韩梅梅");
        UUID foreignCreditor = account(tenant, "C2", "AD-3", "王芳");
        UUID foreignTenant = account(other, "C1", "AD-4", "张伟");
        List<UUID> ids = new ArrayList<>(List.of(first, second, foreignCreditor, foreignTenant, first));
        for (int i = 0; i < 1200; i++) {
            ids.add(UUID.randomUUID());
        }

        CurrentUser agent = user(tenant, Role.AGENT, Set.of("C1"));
        var seen = directory.visible(agent, ids);
        assertThat(seen).containsOnlyKeys(first, second);
        assertThat(seen.get(second).creditorRef()).isEqualTo("AD-2");
        assertThat(seen.get(second).debtorName()).isEqualTo("韩梅梅");
        assertThat(seen.get(first)).isEqualTo(directory.visible(agent, first).orElseThrow());

        CurrentUser manager = user(tenant, Role.MANAGER, null);
        assertThat(directory.visible(manager, ids)).containsOnlyKeys(first, second, foreignCreditor);
        assertThat(directory.visible(user(tenant, Role.AGENT, Set.of()), ids)).isEmpty();
        assertThat(directory.visible(manager, List.of())).isEmpty();
    }

}
