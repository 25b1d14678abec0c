package io.recoverydesk.allocation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.allocation.Allocations;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Tenants;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The allocation report, the policy, and a run on demand. */
@RestController
class AllocationApiController {

    private final Allocations allocations;

    private final AllocationReports reports;

    private final AllocationPolicies policies;

    private final CurrentUsers currentUsers;

    private final Tenants tenants;

    private final java.time.Clock clock;

    AllocationApiController(Allocations allocations, AllocationReports reports, AllocationPolicies policies,
            CurrentUsers currentUsers, Tenants tenants, java.time.Clock clock) {
        this.clock = clock;
        this.allocations = allocations;
        this.reports = reports;
        this.policies = policies;
        this.currentUsers = currentUsers;
        this.tenants = tenants;
    }

    record PolicyBody(BigDecimal fairnessBand, Boolean keepContinuity, BigDecimal unscoredPropensity) {
    }

    /** Allocates now (the queues follow at once); answers what the run did. */
    @PostMapping("/api/v1/allocation/runs")
    @PreAuthorize(AllocationRoles.STEER)
    @ResponseStatus(HttpStatus.CREATED)
    Allocations.Summary run() {
        CurrentUser user = currentUsers.require();
        return allocations.allocate(user.tenantId(), user.username(), null, today(user));
    }

    LocalDate today(CurrentUser user) {
        return LocalDate.ofInstant(clock.instant(), tenants.get(user.tenantId()).zone());
    }

    @GetMapping("/api/v1/allocation/runs")
    @PreAuthorize(AllocationRoles.READ)
    Map<String, Object> runs() {
        return Map.of("items", reports.runs(currentUsers.require().tenantId(), 50));
    }

    /** A run (or {@code latest}) with each agent's load and each team's band. */
    @GetMapping("/api/v1/allocation/runs/{runId}")
    @PreAuthorize(AllocationRoles.READ)
    Map<String, Object> run(@PathVariable String runId) {
        CurrentUser user = currentUsers.require();
        AllocationReports.RunView run = reports.require(user.tenantId(), "latest".equals(runId) ? null : id(runId));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("run", run);
        body.put("agents", reports.agents(user.tenantId(), run.id()));
        body.put("teams", reports.teams(user.tenantId(), run.id()));
        body.put("unplaced", reports.unplacedCounts(user.tenantId(), run.id()));
        return body;
    }

    /** Account lines of a run: an agent's, or the unplaced ones of a reason. */
    @GetMapping("/api/v1/allocation/runs/{runId}/lines")
    @PreAuthorize(AllocationRoles.READ)
    Map<String, Object> lines(@PathVariable String runId, @RequestParam(required = false) String agent,
            @RequestParam(required = false) String reason) {
        CurrentUser user = currentUsers.require();
        AllocationReports.RunView run = reports.require(user.tenantId(), "latest".equals(runId) ? null : id(runId));
        List<AllocationReports.Line> lines = reports.lines(user, run.id(), blankToNull(agent), blankToNull(reason));
        return Map.of("runId", run.id(), "items", lines);
    }

    @GetMapping("/api/v1/allocation/policy")
    @PreAuthorize(AllocationRoles.READ)
    AllocationPolicies.Policy policy() {
        return policies.of(currentUsers.require().tenantId());
    }

    @PutMapping("/api/v1/allocation/policy")
    @PreAuthorize(AllocationRoles.STEER)
    AllocationPolicies.Policy updatePolicy(@RequestBody PolicyBody body) {
        CurrentUser user = currentUsers.require();
        return policies.update(user.tenantId(), user.username(), body.fairnessBand(), body.keepContinuity(),
                body.unscoredPropensity());
    }

    static UUID id(String text) {
        try {
            return UUID.fromString(text);
        }
        catch (IllegalArgumentException ex) {
            throw new io.recoverydesk.kernel.NotFoundException("No allocation run " + text + ".");
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
