package io.recoverydesk.strategy.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.casework.CaseworkFacts;
import io.recoverydesk.compliance.ContactDoor;
import io.recoverydesk.compliance.MessageTemplates;
import io.recoverydesk.compliance.policy.Channel;
import io.recoverydesk.compliance.policy.Party;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the run's actions on. Digital messages in the outbox ask the compliance door at
 * the moment they would go: refused ones are re-planned for the door's next allowed time
 * (never dropped); allowed ones are rendered from the approved template and wait as READY
 * for the channel provider; a template that is not approved or not clean blocks the
 * action with the reason, for the strategist. Letters, visits and legal reviews become
 * casework tasks for the account's agent (one per action), or wait until the account has
 * an agent. Actions are taken with {@code for update skip locked}, so nodes share the
 * work; a tenant's actions wait while one of its strategy runs is in progress.
 */
@Component
class ActionDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ActionDispatcher.class);

    static final String ACTOR = "strategy";

    private static final Duration RETRY_WITHOUT_AGENT = Duration.ofHours(4);

    private final JdbcClient jdbc;

    private final TransactionTemplate tx;

    private final ContactDoor door;

    private final MessageTemplates templates;

    private final CaseworkFacts casework;

    private final Tenants tenants;

    private final Clock clock;

    ActionDispatcher(JdbcClient jdbc, TransactionTemplate tx, ContactDoor door, MessageTemplates templates,
            CaseworkFacts casework, Tenants tenants, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.door = door;
        this.templates = templates;
        this.casework = casework;
        this.tenants = tenants;
        this.clock = clock;
    }

    private record Action(UUID id, UUID runId, UUID accountId, String channel, String template, String stage,
            int attempts) {
    }

    @Scheduled(fixedDelayString = "${rd.strategy.dispatch-every:PT1M}", initialDelayString = "PT30S")
    void dispatchAll() {
        for (Tenants.Tenant tenant : tenants.all()) {
            try {
                while (dispatch(tenant.id(), 200) == 200) {
                    // a full batch: there may be more
                }
            }
            catch (RuntimeException ex) {
                log.warn("dispatching strategy actions of tenant {} failed; retried at the next round", tenant.code(),
                        ex);
            }
        }
    }

    /**
     * Hands on up to {@code limit} due actions; answers how many were taken. Nothing
     * while a strategy run of the tenant is in progress: its allocation (at its end)
     * gives the accounts the agents their letters and visits go to, and the run re-plans
     * the actions of the accounts it passes; the dispatcher would otherwise compete with
     * it for the database.
     */
    int dispatch(TenantId tenant, int limit) {
        boolean running = jdbc.sql("select count(*) from strategy_run where tenant_id = ? and status = 'RUNNING'")
            .param(tenant.value())
            .query(Long.class)
            .single() > 0;
        if (running) {
            return 0;
        }
        Integer taken = tx.execute(status -> {
            Instant now = clock.instant();
            List<Action> due = jdbc.sql("""
                    select id, run_id, account_id, channel, template_code, stage, attempts from strategy_action
                    where tenant_id = ? and status in ('OUTBOX', 'DEFERRED', 'TASK_PENDING') and planned_for <= ?
                    order by planned_for fetch first %d rows only for update skip locked""".formatted(limit))
                .params(tenant.value(), SqlValues.utc(now))
                .query((rs, n) -> new Action(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7)))
                .list();
            CurrentUser system = new CurrentUser(tenant, new UUID(0, 0), ACTOR, ACTOR, EnumSet.of(Role.ADMIN), null,
                    null);
            for (Action action : due) {
                ActionChannel channel = ActionChannel.valueOf(action.channel());
                if (channel.digital()) {
                    sendThroughDoor(tenant, system, action, now);
                }
                else if (channel.task()) {
                    makeTask(tenant, action, now);
                }
            }
            return due.size();
        });
        return taken == null ? 0 : taken;
    }

    private void sendThroughDoor(TenantId tenant, CurrentUser system, Action action, Instant now) {
        Channel channel = Channel.valueOf(action.channel());
        ContactDoor.Verdict verdict = door.check(system,
                new ContactDoor.Check(action.accountId(), channel, null, Party.DEBTOR, now, null));
        if (!verdict.allowed()) {
            Instant next = verdict.nextAllowedAt() != null && verdict.nextAllowedAt().isAfter(now)
                    ? verdict.nextAllowedAt() : now.plus(Duration.ofHours(1));
            String why = String.join("; ", verdict.reasons().stream().map(ContactDoor.Blocking::rule).toList());
            update(tenant, action, "DEFERRED", next, "refused by the door (" + why + "); planned again");
            return;
        }
        try {
            MessageTemplates.Rendered rendered = templates.renderForSending(system, action.template(),
                    action.accountId());
            update(tenant, action, "READY", now,
                    rendered.templateCode() + " v" + rendered.version() + ": " + rendered.body());
        }
        catch (BusinessRuleException | NotFoundException ex) {
            update(tenant, action, "BLOCKED", now, ex.getMessage());
        }
    }

    private void makeTask(TenantId tenant, Action action, Instant now) {
        Optional<UUID> task = casework.stepTask(tenant, action.accountId(), action.id(), action.channel(), null,
                now.plus(Duration.ofDays(1)));
        if (task.isPresent()) {
            update(tenant, action, "TASK_CREATED", now, task.map(UUID::toString).orElse(null));
        }
        else {
            update(tenant, action, "TASK_PENDING", now.plus(RETRY_WITHOUT_AGENT), "waiting for an agent");
        }
    }

    private void update(TenantId tenant, Action action, String status, Instant plannedFor, String detail) {
        jdbc.sql("update strategy_action set status = ?, planned_for = ?, attempts = ?, detail = ?, updated_at = ?"
                + " where tenant_id = ? and run_id = ? and account_id = ?")
            .params(status, SqlValues.utc(plannedFor), action.attempts() + 1,
                    detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail,
                    SqlValues.utc(clock.instant()), tenant.value(), action.runId(), action.accountId())
            .update();
    }

}
