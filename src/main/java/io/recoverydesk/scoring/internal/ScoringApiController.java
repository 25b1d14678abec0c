package io.recoverydesk.scoring.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.portfolio.AccountDirectory;
import io.recoverydesk.scoring.PropensityScores;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Model versions (train, list, one with its metrics) and an account's score. */
@RestController
class ScoringApiController {

    static final String STEER = "hasAnyRole('ADMIN', 'MANAGER', 'ANALYST')";

    private final ScoringJobs jobs;

    private final ModelStore store;

    private final PropensityScores scores;

    private final AccountDirectory directory;

    private final CurrentUsers currentUsers;

    ScoringApiController(ScoringJobs jobs, ModelStore store, PropensityScores scores, AccountDirectory directory,
            CurrentUsers currentUsers) {
        this.jobs = jobs;
        this.store = store;
        this.scores = scores;
        this.directory = directory;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/api/v1/scoring/models")
    @PreAuthorize(STEER)
    ResponseEntity<Map<String, Object>> train() {
        CurrentUser user = currentUsers.require();
        return ResponseEntity.status(HttpStatus.CREATED)
            .body(body(jobs.trainAndScore(user.tenantId(), user.username())));
    }

    @GetMapping("/api/v1/scoring/models")
    @PreAuthorize(STEER)
    Map<String, Object> models() {
        return Map.of("items",
                store.list(currentUsers.require().tenantId()).stream().map(ScoringApiController::body).toList());
    }

    @GetMapping("/api/v1/scoring/models/{version}")
    @PreAuthorize(STEER)
    Map<String, Object> model(@PathVariable int version) {
        return body(store.get(currentUsers.require().tenantId(), version)
            .orElseThrow(() -> new NotFoundException("No model version " + version)));
    }

    @GetMapping("/api/v1/accounts/{id}/score")
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD', 'AGENT', 'COMPLIANCE', 'LEGAL', 'ANALYST')")
    ResponseEntity<PropensityScores.Score> score(@PathVariable UUID id) {
        CurrentUser user = currentUsers.require();
        directory.visible(user, id).orElseThrow(() -> new NotFoundException("No account " + id));
        return scores.of(user.tenantId(), id)
            .map(ResponseEntity::ok)
            .orElseThrow(() -> new NotFoundException("Account " + id + " has no score yet."));
    }

    static Map<String, Object> body(ModelStore.Version v) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", v.version());
        body.put("trainer", v.trainer());
        body.put("trainedBy", v.trainedBy());
        body.put("trainedAt", v.trainedAt());
        body.put("window", Map.of("firstSnapshot", v.snapshotFrom(), "lastSnapshot", v.snapshotTo(), "labelDays", 30,
                "labelShare", v.labelShare()));
        body.put("examples", v.rows());
        body.put("positives", v.positives());
        body.put("bandCuts", v.bandCuts());
        body.put("metrics", v.metrics());
        return body;
    }

}
