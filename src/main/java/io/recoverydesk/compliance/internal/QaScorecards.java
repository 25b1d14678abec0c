package io.recoverydesk.compliance.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.TenantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's QA scorecard (versioned: saving adds a version) and QA settings.
 */
@Service
class QaScorecards {

    private final QaScorecardStore store;

    private final AuditLog audit;

    private final Clock clock;

    QaScorecards(QaScorecardStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The current scorecard; the default one is created on first use. */
    @Transactional
    QaScorecardStore.Scorecard scorecard(TenantId tenant) {
        Optional<QaScorecardStore.Scorecard> current = store.currentScorecard(tenant);
        if (current.isPresent()) {
            return current.get();
        }
        Optional<QaScorecardStore.Scorecard> created = store.addScorecard(tenant, Ids.newId(), QaScoring.DEFAULT,
                QaRoles.SYSTEM, clock.instant());
        if (created.isEmpty()) {
            return store.currentScorecard(tenant).orElseThrow();
        }
        audit.record(tenant, QaRoles.SYSTEM, "QA_SCORECARD_CREATED", "qa_scorecard", created.get().id().toString(),
                "version 1 (default)");
        return created.get();
    }

    QaScorecardStore.Scorecard scorecardVersion(TenantId tenant, UUID id) {
        return store.scorecard(tenant, id).orElseThrow();
    }

    /** Saves the criteria as a new version of the scorecard. */
    @Transactional
    QaScorecardStore.Scorecard saveScorecard(CurrentUser user, List<QaScoring.Criterion> criteria) {
        List<QaScoring.Criterion> clean = QaScoring.validate(criteria);
        scorecard(user.tenantId());
        QaScorecardStore.Scorecard saved = store
            .addScorecard(user.tenantId(), Ids.newId(), clean, user.username(), clock.instant())
            .orElseThrow(() -> new ConflictException("concurrent-edit",
                    "The scorecard was changed at the same time; try again."));
        audit.record(user.tenantId(), user.username(), "QA_SCORECARD_SAVED", "qa_scorecard", saved.id().toString(),
                "version " + saved.version() + ": " + clean);
        return saved;
    }

    int samplePercent(TenantId tenant) {
        return store.samplePercent(tenant);
    }

    @Transactional
    int saveSamplePercent(CurrentUser user, Integer percent) {
        if (percent == null || percent < 1 || percent > 100) {
            throw new BusinessRuleException("invalid-sample-percent",
                    "The sample share is a whole percent from 1 to 100.",
                    List.of(new BusinessRuleException.FieldProblem("samplePercent", "1 to 100")));
        }
        store.saveSamplePercent(user.tenantId(), percent, user.username(), clock.instant());
        audit.record(user.tenantId(), user.username(), "QA_SETTINGS_SAVED", "qa_setting", user.tenantId().toString(),
                "samplePercent=" + percent);
        return percent;
    }

}
