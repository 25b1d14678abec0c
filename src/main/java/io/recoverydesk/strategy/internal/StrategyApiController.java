package io.recoverydesk.strategy.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.kernel.BadRequestException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The strategy API: versions (draft, check, publish), runs, an account's strategy. */
@RestController
class StrategyApiController {

    private final StrategyVersions versions;

    private final StrategyRuns runs;

    private final RunScheduler scheduler;

    private final AccountStrategies accounts;

    private final CurrentUsers currentUsers;

    private final Experiments experiments;

    private final ExperimentReadouts readouts;

    private final StrategyChecks checks;

    StrategyApiController(StrategyVersions versions, StrategyRuns runs, RunScheduler scheduler,
            AccountStrategies accounts, CurrentUsers currentUsers, Experiments experiments, ExperimentReadouts readouts,
            StrategyChecks checks) {
        this.checks = checks;
        this.experiments = experiments;
        this.readouts = readouts;
        this.versions = versions;
        this.runs = runs;
        this.scheduler = scheduler;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/api/v1/strategy/runs")
    @PreAuthorize(StrategyRoles.STEER)
    ResponseEntity<Map<String, Object>> startRun() {
        CurrentUser user = currentUsers.require();
        StrategyRuns.Requested requested = scheduler.request(user.tenantId(), user.username(), "MANUAL");
        if (!requested.created()) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Map.of("type", "strategy-run-under-way", "title", "A run is already under way", "status", 409,
                        "runId", requested.runId()));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("runId", requested.runId()));
    }

    @GetMapping("/api/v1/strategy/runs/{id}")
    @PreAuthorize(StrategyRoles.READ)
    Map<String, Object> run(@PathVariable UUID id) {
        return runBody(runs.get(currentUsers.require().tenantId(), id));
    }

    @GetMapping("/api/v1/strategy/runs")
    @PreAuthorize(StrategyRoles.READ)
    Map<String, Object> recentRuns() {
        return Map.of("items",
                runs.recent(currentUsers.require().tenantId(), 50)
                    .stream()
                    .map(StrategyApiController::runBody)
                    .toList());
    }

    static Map<String, Object> runBody(StrategyRuns.RunView run) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runId", run.id());
        body.put("status", run.status());
        body.put("trigger", run.trigger());
        body.put("runDate", run.runDate());
        body.put("version", run.versionNumber());
        body.put("requestedBy", run.requestedBy());
        body.put("accountsTotal", run.accountsTotal());
        body.put("accountsProcessed", run.accountsProcessed());
        body.put("startedAt", run.startedAt());
        body.put("finishedAt", run.finishedAt());
        body.put("durationMs", run.durationMs());
        body.put("actions", run.actions());
        body.put("segments", run.segments());
        if (run.error() != null) {
            body.put("error", run.error());
        }
        return body;
    }

    @GetMapping("/api/v1/strategy/versions")
    @PreAuthorize(StrategyRoles.READ)
    Map<String, Object> versions() {
        CurrentUser user = currentUsers.require();
        return Map.of("items", versions.list(user.tenantId()).stream().map(v -> summary(v)).toList());
    }

    @GetMapping("/api/v1/strategy/versions/{id}")
    @PreAuthorize(StrategyRoles.READ)
    Map<String, Object> version(@PathVariable UUID id) {
        StrategyVersions.Version version = versions.get(currentUsers.require().tenantId(), id);
        Map<String, Object> body = summary(version);
        body.put("definition", version.definition());
        body.put("findings", checks.check(currentUsers.require().tenantId(), version.definition()));
        return body;
    }

    /**
     * A new draft: a copy of {@code basedOn} (default: the version in effect) or the
     * given definition.
     */
    record DraftBody(String name, UUID basedOn, StrategyDefinition definition) {
    }

    @PostMapping("/api/v1/strategy/versions")
    @PreAuthorize(StrategyRoles.STEER)
    ResponseEntity<Map<String, Object>> createDraft(@RequestBody DraftBody body) {
        CurrentUser user = currentUsers.require();
        StrategyDefinition definition = body.definition() != null ? body.definition()
                : body.basedOn() != null ? versions.get(user.tenantId(), body.basedOn()).definition()
                        : versions.inEffect(user.tenantId(), versions.today(user.tenantId())).definition();
        StrategyVersions.Version draft = versions.createDraft(user, body.name(), definition);
        return ResponseEntity.status(HttpStatus.CREATED).body(version(draft.id()));
    }

    record UpdateBody(String name, StrategyDefinition definition) {
    }

    @PutMapping("/api/v1/strategy/versions/{id}")
    @PreAuthorize(StrategyRoles.STEER)
    Map<String, Object> updateDraft(@PathVariable UUID id, @RequestBody UpdateBody body) {
        if (body.definition() == null) {
            throw new BadRequestException("strategy-definition-missing",
                    "A draft needs its definition (segments and paths).");
        }
        versions.updateDraft(currentUsers.require(), id, body.name(), body.definition());
        return version(id);
    }

    record PublishBody(LocalDate effectiveFrom) {
    }

    @PostMapping("/api/v1/strategy/versions/{id}/publish")
    @PreAuthorize(StrategyRoles.STEER)
    Map<String, Object> publish(@PathVariable UUID id, @RequestBody PublishBody body) {
        versions.publish(currentUsers.require(), id, body.effectiveFrom());
        return version(id);
    }

    @PostMapping("/api/v1/strategy/check")
    @PreAuthorize(StrategyRoles.READ)
    Map<String, Object> check(@RequestBody StrategyDefinition definition) {
        List<DefinitionCheck.Finding> findings = checks.check(currentUsers.require().tenantId(), definition);
        return Map.of("valid", findings.stream().noneMatch(DefinitionCheck.Finding::error), "findings", findings);
    }

    record ExperimentBody(String name, String segment, String challengerPath, java.math.BigDecimal share) {
    }

    @GetMapping("/api/v1/strategy/experiments")
    @PreAuthorize(StrategyRoles.READ)
    Map<String, Object> experiments() {
        return Map.of("items", experiments.list(currentUsers.require().tenantId()));
    }

    @PostMapping("/api/v1/strategy/experiments")
    @PreAuthorize(StrategyRoles.STEER)
    ResponseEntity<Experiments.Experiment> startExperiment(@RequestBody ExperimentBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
            .body(experiments.start(currentUsers.require(), body.name(), body.segment(), body.challengerPath(),
                    body.share()));
    }

    @PostMapping("/api/v1/strategy/experiments/{id}/stop")
    @PreAuthorize(StrategyRoles.STEER)
    Experiments.Experiment stopExperiment(@PathVariable UUID id) {
        return experiments.stop(currentUsers.require(), id);
    }

    @GetMapping("/api/v1/strategy/experiments/{id}/readout")
    @PreAuthorize(StrategyRoles.READ)
    Map<String, Object> readout(@PathVariable UUID id) {
        CurrentUser user = currentUsers.require();
        Experiments.Experiment experiment = experiments.get(user.tenantId(), id);
        return Map.of("experiment", experiment, "readout", readouts.of(user.tenantId(), experiment));
    }

    @GetMapping("/api/v1/accounts/{id}/strategy")
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD', 'AGENT', 'COMPLIANCE', 'LEGAL', 'ANALYST')")
    AccountStrategies.View account(@PathVariable UUID id) {
        return accounts.of(currentUsers.require(), id);
    }

    private static Map<String, Object> summary(StrategyVersions.Version v) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", v.id());
        body.put("number", v.number());
        body.put("name", v.name());
        body.put("status", v.status());
        body.put("effectiveFrom", v.effectiveFrom());
        body.put("createdBy", v.createdBy());
        body.put("createdAt", v.createdAt());
        body.put("publishedBy", v.publishedBy());
        body.put("publishedAt", v.publishedAt());
        return body;
    }

}
