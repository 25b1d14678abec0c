package io.recoverydesk.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.recoverydesk.casework.PlanChanged;
import io.recoverydesk.casework.PromiseChanged;
import io.recoverydesk.compliance.ContactRecorded;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.TenantId;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tasks that follow from what happened: a callback agreed in a contact (same transaction
 * as the contact, so both or neither), a broken promise, a missed plan installment (after
 * the change committed, from the event registry). Each system task is keyed by its
 * arrangement and due date, so a redelivered event adds nothing.
 */
@Component
class SystemTasks {

    static final String SYSTEM = "system";

    private final Tasks tasks;

    private final Tenants tenants;

    private final Clock clock;

    SystemTasks(Tasks tasks, Tenants tenants, Clock clock) {
        this.tasks = tasks;
        this.tenants = tenants;
        this.clock = clock;
    }

    @EventListener
    void on(ContactRecorded event) {
        if (event.callbackAt() == null || !event.contact().created()) {
            return;
        }
        var user = event.recordedBy();
        var contact = event.contact();
        tasks.createForSystem(user.tenantId(), user.username(),
                new TaskStore.NewTask(Ids.newId(), contact.accountId(), TaskType.CALLBACK, null, event.callbackAt(),
                        "HIGH", user.username(), null, null, contact.id(), user.username(), clock.instant()));
    }

    /** Promise states after which its "promise due" reminders are moot. */
    static final java.util.Set<String> PROMISE_ENDED = java.util.Set.of("KEPT", "PARTIALLY_KEPT", "BROKEN",
            "CANCELLED");

    /** Plan states after which its "promise due" reminders are moot. */
    static final java.util.Set<String> PLAN_ENDED = java.util.Set.of("COMPLETED", "DEFAULTED", "CANCELLED");

    @ApplicationModuleListener
    void on(PromiseChanged event) {
        if (PROMISE_ENDED.contains(event.status())) {
            tasks.closeDueOfEndedArrangement(event.tenant(), event.promiseId(), "promise " + event.status());
        }
        if (!"BROKEN".equals(event.status())) {
            return;
        }
        LocalDate due = event.dueDate() == null ? today(event.tenant()) : event.dueDate();
        create(event.tenant(), event.accountId(), TaskType.PROMISE_BROKEN, event.promiseId(), due, event.agent());
    }

    @ApplicationModuleListener
    void on(PlanChanged event) {
        if ("PLAN".equals(event.kind()) && PLAN_ENDED.contains(event.status())) {
            tasks.closeDueOfEndedArrangement(event.tenant(), event.planId(), "plan " + event.status());
        }
        if (!"INSTALLMENT_MISSED".equals(event.status())) {
            return;
        }
        LocalDate due = event.missedDueDate() == null ? today(event.tenant()) : event.missedDueDate();
        create(event.tenant(), event.accountId(), TaskType.INSTALLMENT_MISSED, event.planId(), due, event.agent());
    }

    /**
     * A system task for the account's agent (else the arrangement's), due now; nothing
     * when it exists already.
     */
    void create(TenantId tenant, java.util.UUID accountId, TaskType type, java.util.UUID arrangementId,
            LocalDate arrangementDue, String agent) {
        Instant now = clock.instant();
        String assignee = tasks.defaultAssignee(tenant, accountId, agent == null ? SYSTEM : agent);
        tasks.createForSystem(tenant, SYSTEM,
                new TaskStore.NewTask(Ids.newId(), accountId, type, null, now,
                        type == TaskType.PROMISE_DUE ? "NORMAL" : "HIGH", assignee, arrangementId, arrangementDue, null,
                        SYSTEM, now));
    }

    /** A PROMISE_DUE task for an installment falling due; false when it exists. */
    boolean createDue(TenantId tenant, DueArrangements.Due due) {
        Instant now = clock.instant();
        String assignee = tasks.defaultAssignee(tenant, due.accountId(), due.agent() == null ? SYSTEM : due.agent());
        return tasks
            .createForSystem(tenant, SYSTEM,
                    new TaskStore.NewTask(Ids.newId(), due.accountId(), TaskType.PROMISE_DUE,
                            due.amount() == null ? null
                                    : due.kind() + " " + due.amount().toPlainString() + " " + due.currency(),
                            now, "NORMAL", assignee, due.arrangementId(), due.dueDate(), null, SYSTEM, now))
            .isPresent();
    }

    private LocalDate today(TenantId tenant) {
        ZoneId zone = tenants.get(tenant).zone();
        return LocalDate.ofInstant(clock.instant(), zone);
    }

}
