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

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's QA scorecard (versioned: saving adds a version) and QA settings.
 */
@Service
class QaScorecards {

    private final QaStore store;

    private final AuditLog audit;

    private final Clock clock;

    QaScorecards(QaStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The current scorecard; the default one is created on first use. */
    @Transactional
    QaStore.Scorecard scorecard(TenantId tenant) {
        Optional<QaStore.Scorecard> current = store.currentScorecard(tenant);
        if (current.isPresent()) {
            return current.get();
        }
        try {
            QaStore.Scorecard created = store.addScorecard(tenant, Ids.newId(), QaScoring.DEFAULT, QaRoles.SYSTEM,
                    clock.instant());
            audit.record(tenant, QaRoles.SYSTEM, "QA_SCORECARD_CREATED", "qa_scorecard", created.id().toString(),
                    "version 1 (default)");
            return created;
        }
        catch (DuplicateKeyException ex) {
            return store.currentScorecard(tenant).orElseThrow();
        }
    }

    QaStore.Scorecard scorecardVersion(TenantId tenant, UUID id) {
        return store.scorecard(tenant, id).orElseThrow();
    }

    /** Saves the criteria as a new version of the scorecard. */
    @Transactional
    QaStore.Scorecard saveScorecard(CurrentUser user, List<QaScoring.Criterion> criteria) {
        List<QaScoring.Criterion> clean = QaScoring.validate(criteria);
        scorecard(user.tenantId());
        QaStore.Scorecard saved;
        try {
            saved = store.addScorecard(user.tenantId(), Ids.newId(), clean, user.username(), clock.instant());
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("concurrent-edit", "The scorecard was changed at the same time; try again.");
        }
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
            throw new BusinessRuleException("invalid-settings", "The sample share is a whole percent from 1 to 100.",
                    List.of(new BusinessRuleException.FieldProblem("samplePercent", "1 to 100")));
        }
        store.saveSamplePercent(user.tenantId(), percent, user.username(), clock.instant());
        audit.record(user.tenantId(), user.username(), "QA_SETTINGS_SAVED", "qa_setting", user.tenantId().toString(),
                "samplePercent=" + percent);
        return percent;
    }

}
