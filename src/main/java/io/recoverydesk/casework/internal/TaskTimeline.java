package io.recoverydesk.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.web.Formats;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** Tasks created, done or cancelled on the account. */
@Component
class TaskTimeline implements TimelineSource {

    private static final Formats FORMATS = new Formats();

    private final TaskStore store;

    private final Tenants tenants;

    TaskTimeline(TaskStore store, Tenants tenants) {
        this.store = store;
        this.tenants = tenants;
    }

    @Override
    public List<TimelineEntry> entries(CurrentUser user, UUID accountId, int limit) {
        List<TimelineEntry> out = new ArrayList<>();
        String zone = tenants.get(user.tenantId()).zone().getId();
        for (Task t : store.createdOfAccount(user.tenantId(), accountId, limit)) {
            out.add(new TimelineEntry(t.createdAt(), "TASK", "timeline.taskCreated",
                    // who has the task now (it may have been handed on since)
                    List.of(new DefaultMessageSourceResolvable("task.type." + t.type()),
                            SystemTasks.SYSTEM.equals(t.assignee()) ? new DefaultMessageSourceResolvable("tasks.unheld")
                                    : t.assignee(),
                            FORMATS.instant(t.dueAt(), zone)),
                    t.title(), t.createdBy()));
        }
        for (Task t : store.closedOfAccount(user.tenantId(), accountId, limit)) {
            out.add(new TimelineEntry(t.doneAt(), "TASK",
                    Task.DONE.equals(t.status()) ? "timeline.taskDone" : "timeline.taskCancelled",
                    List.of(new DefaultMessageSourceResolvable("task.type." + t.type())), t.title(), t.doneBy()));
        }
        return out;
    }

}
