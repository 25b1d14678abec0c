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

    @Test
    void aRankedWalkListsWhatTheSelectionListsPageByPage() {
        TestTenant tenant = tenants.create();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 7; i++) {
            // two accounts of each balance: the id breaks the tie, on every page alike
            csv.append("RK-")
                .append(i)
                .append(",债务人")
                .append(i)
                .append(",13800138")
                .append(100 + i)
                .append(',')
                .append(100 * (i / 2 + 1))
                .append(".00,2026-01-15\n");
        }
        importAccount(tenant, "C1", "RK-1", csv.toString());
        account(tenant, "C2", "RK-X", "王芳");
        CurrentUser manager = user(tenant, Role.MANAGER, null);
        AccountDirectory.Selection c1 = new AccountDirectory.Selection(null, null, "C1", null, null);

        List<UUID> selected = directory.select(manager, c1, 100).stream().map(AccountDirectory.Workable::id).toList();
        assertThat(selected).hasSize(7);
        List<UUID> walked = new ArrayList<>();
        for (int offset = 0; offset < 10; offset += 3) {
            directory.rank(manager, c1, offset, 3).forEach(r -> walked.add(r.id()));
        }
        assertThat(walked).isEqualTo(selected);
        assertThat(directory.rank(manager, c1, 0, 1)).singleElement()
            .satisfies(r -> assertThat(r.status()).isEqualTo("NEW"));

        CurrentUser c2Agent = user(tenant, Role.AGENT, Set.of("C2"));
        AccountDirectory.Selection all = new AccountDirectory.Selection(null, null, null, null, null);
        assertThat(directory.rank(c2Agent, all, 0, 100)).hasSize(1);
        assertThat(directory.rank(manager, all, 0, 100)).hasSize(8);
        assertThat(directory.rank(manager, new AccountDirectory.Selection(List.of(), null, null, null, null), 0, 10))
            .isEmpty();
    }

}
