package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work queues over HTTP: the next case (204 when nothing is workable; the status says
 * why), releasing a lease, assignments.
 */
@RestController
class WorkApiController {

    private final WorkQueue queue;

    private final Assignments assignments;

    private final CurrentUsers currentUsers;

    WorkApiController(WorkQueue queue, Assignments assignments, CurrentUsers currentUsers) {
        this.queue = queue;
        this.assignments = assignments;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/api/v1/work/next")
    @PreAuthorize(CaseworkRoles.WORK)
    ResponseEntity<WorkQueue.Case> next() {
        return queue.next(currentUsers.require())
            .map(ResponseEntity::ok)
            .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/api/v1/work/status")
    @PreAuthorize(CaseworkRoles.WORK)
    WorkQueue.Status status() {
        return queue.status(currentUsers.require());
    }

    @GetMapping("/api/v1/work/leases")
    @PreAuthorize(CaseworkRoles.WORK)
    List<WorkQueue.Case> leases() {
        return queue.myLeases(currentUsers.require());
    }

    @PostMapping("/api/v1/work/{accountId}/release")
    @PreAuthorize(CaseworkRoles.RELEASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void release(@PathVariable UUID accountId) {
        CurrentUser user = currentUsers.require();
        queue.release(user, accountId, agent -> assignments.supervises(user, agent));
    }

    record FilterBody(String creditor, String bucket, BigDecimal minBalance, Boolean unassignedOnly) {
    }

    record AssignBody(List<UUID> accountIds, List<String> creditorRefs, FilterBody filter, String agent, Integer limit,
            Boolean pin) {
    }

    record UnpinBody(List<UUID> accountIds) {
    }

    @PostMapping("/api/v1/assignments")
    @PreAuthorize(CaseworkRoles.ASSIGN)
    Assignments.Result assign(@RequestBody AssignBody body) {
        Assignments.Filter filter = body.filter() == null ? null : new Assignments.Filter(body.filter().creditor(),
                body.filter().bucket(), body.filter().minBalance(), body.filter().unassignedOnly());
        return assignments.assign(currentUsers.require(), new Assignments.Request(body.accountIds(),
                body.creditorRefs(), filter, body.agent(), body.limit(), body.pin()));
    }

    /** Lets the allocation run move these accounts again. */
    @PostMapping("/api/v1/assignments/unpin")
    @PreAuthorize(CaseworkRoles.ASSIGN)
    Map<String, Object> unpin(@RequestBody UnpinBody body) {
        return Map.of("unpinned", assignments.unpin(currentUsers.require(), body.accountIds()));
    }

    /** Without {@code agent}: every agent's load; with it: that agent's assignments. */
    @GetMapping("/api/v1/assignments")
    @PreAuthorize(CaseworkRoles.ASSIGN)
    Map<String, Object> list(@RequestParam(required = false) String agent) {
        CurrentUser user = currentUsers.require();
        if (agent == null || agent.isBlank()) {
            return Map.of("agents", assignments.loads(user));
        }
        return Map.of("agent", agent, "items", assignments.of(user, agent.strip()));
    }

    @PostMapping("/api/v1/assignments/reprioritise")
    @PreAuthorize(CaseworkRoles.REPRIORITISE)
    Map<String, Object> reprioritise() {
        return Map.of("updated", assignments.reprioritise(currentUsers.require()));
    }

}
