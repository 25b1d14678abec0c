package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import io.recoverydesk.casework.PlanChanged;
import io.recoverydesk.casework.PromiseChanged;
import io.recoverydesk.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * System tasks: a broken promise and a missed installment become tasks for the account's
 * agent once, however often the event arrives; a promise due today becomes one task
 * however often the daily job runs.
 */
class SystemTasksIT extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    SystemTasks systemTasks;

    @Test
    void brokenPromisesMissedInstallmentsAndDuePromisesMakeOneTaskEach() throws Exception {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        clock.set(LocalDate.now(shanghai).plusDays(1).atTime(10, 0).atZone(shanghai).toInstant());
        TestTenant tenant = tenants.create();
        String account = importAccount(tenant, "C1", "ST-1",
                "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\nST-1,李雷,13800138041,5000,"
                        + LocalDate.now(shanghai).minusDays(40) + "\n");
        api(tenant.user(Role.TEAM_LEAD)).post("/api/v1/assignments",
                Map.of("accountIds", List.of(account), "agent", tenant.user(Role.AGENT)));
        UUID id = UUID.fromString(account);
        UUID promise = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        LocalDate due = LocalDate.now(shanghai);
        for (int i = 0; i < 2; i++) {
            tx.executeWithoutResult(s -> {
                events.publishEvent(new PromiseChanged(tenant.id(), promise, id, "BROKEN", new BigDecimal("500"),
                        BigDecimal.ZERO, "CNY", due, "someone", "system"));
                events.publishEvent(new PlanChanged(tenant.id(), plan, id, "PLAN", "INSTALLMENT_MISSED",
                        new BigDecimal("3000"), "CNY", due, "someone", "system"));
                events.publishEvent(new PromiseChanged(tenant.id(), promise, id, "KEPT", new BigDecimal("500"),
                        new BigDecimal("500"), "CNY", due, "someone", "system"));
            });
        }
        DueArrangements.Due promiseDue = new DueArrangements.Due("PROMISE", promise, id, due, new BigDecimal("500"),
                "CNY", "someone", Instant.now());
        tx.executeWithoutResult(s -> systemTasks.createDue(tenant.id(), promiseDue));
        tx.executeWithoutResult(s -> systemTasks.createDue(tenant.id(), promiseDue));

        Map<String, Long> byType = Map.of();
        for (int wait = 0; wait < 50; wait++) {
            byType = counts(tenant);
            if (byType.size() == 3) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(byType).containsEntry("PROMISE_BROKEN", 1L)
            .containsEntry("INSTALLMENT_MISSED", 1L)
            .containsEntry("PROMISE_DUE", 1L)
            .hasSize(3);
        assertThat(jdbc.sql("select count(*) from casework_task where tenant_id = ? and assignee <> ?")
            .params(tenant.id().value(), tenant.user(Role.AGENT))
            .query(Long.class)
            .single()).isZero();
        // the agent's list tells which installment was missed (the day it was due)
        tools.jackson.databind.JsonNode mine = api(tenant.user(Role.AGENT)).get("/api/v1/tasks?mine=true").json();
        boolean named = false;
        for (tools.jackson.databind.JsonNode task : mine.get("items")) {
            if ("INSTALLMENT_MISSED".equals(task.get("type").asString())) {
                assertThat(task.get("arrangementDue").asString()).isEqualTo(due.toString());
                named = true;
            }
        }
        assertThat(named).isTrue();
    }

    @Test
    void aKeptPromiseClosesItsDueReminderSoItNoLongerCountsAsDueNow() throws Exception {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        clock.set(LocalDate.now(shanghai).plusDays(1).atTime(10, 0).atZone(shanghai).toInstant());
        TestTenant tenant = tenants.create();
        String account = importAccount(tenant, "C1", "ST-2",
                "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\nST-2,韩梅梅,13800138042,5000,"
                        + LocalDate.now(shanghai).minusDays(40) + "\n");
        UUID id = UUID.fromString(account);
        UUID promise = UUID.randomUUID();
        LocalDate due = LocalDate.now(shanghai);
        tx.executeWithoutResult(s -> systemTasks.createDue(tenant.id(), new DueArrangements.Due("PROMISE", promise, id,
                due, new BigDecimal("500"), "CNY", "someone", Instant.now())));
        assertThat(openDue(tenant)).isEqualTo(1);
        tx.executeWithoutResult(s -> events.publishEvent(new PromiseChanged(tenant.id(), promise, id, "KEPT",
                new BigDecimal("500"), new BigDecimal("500"), "CNY", due, "someone", "system")));
        for (int wait = 0; wait < 50 && openDue(tenant) > 0; wait++) {
            Thread.sleep(100);
        }
        assertThat(openDue(tenant)).isZero();
        assertThat(jdbc.sql("select done_by from casework_task where tenant_id = ?")
            .param(tenant.id().value())
            .query(String.class)
            .single()).isEqualTo("system");
    }

    long openDue(TestTenant tenant) {
        return jdbc
            .sql("select count(*) from casework_task where tenant_id = ? and task_type = 'PROMISE_DUE'"
                    + " and status = 'OPEN'")
            .param(tenant.id().value())
            .query(Long.class)
            .single();
    }

    Map<String, Long> counts(TestTenant tenant) {
        Map<String, Long> out = new java.util.HashMap<>();
        jdbc.sql("select task_type, count(*) from casework_task where tenant_id = ? group by task_type")
            .param(tenant.id().value())
            .query(rs -> {
                out.put(rs.getString(1), rs.getLong(2));
            });
        return out;
    }

}
