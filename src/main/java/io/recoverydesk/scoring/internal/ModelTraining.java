package io.recoverydesk.scoring.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.payments.PaymentLedger;
import io.recoverydesk.payments.PaymentLedger.PaymentStats;
import io.recoverydesk.portfolio.OpenAccounts;
import io.recoverydesk.portfolio.OpenAccounts.OpenAccount;
import io.recoverydesk.scoring.model.CrossValidation;
import io.recoverydesk.scoring.model.Dataset;
import io.recoverydesk.scoring.model.Example;
import io.recoverydesk.scoring.model.PropensityModel;
import io.recoverydesk.scoring.model.PropensityTrainer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Trains a tenant's propensity model on its own history. Each snapshot day T (the last is
 * 30 days ago, earlier ones 30 days apart) turns every account into an example: its
 * features as of T, and whether it paid at least {@code rd.scoring.label-share} of its
 * balance at T within the 30 days after T. Accounts that paid off since are included
 * (leaving them out would teach the model that payers do not exist). A quarter of the
 * examples is held out for the version's metrics; the model kept is trained on all of
 * them. Band cut points are the quintiles of the training predictions.
 */
@Component
class ModelTraining {

    static final Duration WINDOW = Duration.ofDays(30);

    static final int PAGE = 2000;

    static final int MIN_POSITIVES = 20;

    private final OpenAccounts accounts;

    private final ScoringFeatures features;

    private final PaymentLedger payments;

    private final ModelStore store;

    private final AuditLog audit;

    private final Tenants tenants;

    private final Clock clock;

    private final BigDecimal labelShare;

    private final int snapshots;

    private final int maxRows;

    private final ReentrantLock oneAtATime = new ReentrantLock();

    ModelTraining(OpenAccounts accounts, ScoringFeatures features, PaymentLedger payments, ModelStore store,
            AuditLog audit, Tenants tenants, Clock clock,
            @Value("${rd.scoring.label-share:0.10}") BigDecimal labelShare,
            @Value("${rd.scoring.snapshots:3}") int snapshots, @Value("${rd.scoring.max-rows:300000}") int maxRows) {
        this.accounts = accounts;
        this.features = features;
        this.payments = payments;
        this.store = store;
        this.audit = audit;
        this.tenants = tenants;
        this.clock = clock;
        this.labelShare = labelShare;
        this.snapshots = snapshots;
        this.maxRows = maxRows;
    }

    /**
     * Trains and stores a new version; refused while another training runs on this node.
     */
    ModelStore.Version train(TenantId tenant, String actor) {
        if (!oneAtATime.tryLock()) {
            throw new ConflictException("training-under-way", "A model is being trained; try again when it is done.");
        }
        try {
            ZoneId zone = tenants.get(tenant).zone();
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, zone);
            List<LocalDate> days = new ArrayList<>();
            for (int k = snapshots - 1; k >= 0; k--) {
                days.add(today.minusDays(30L * (k + 1)));
            }
            List<Example> examples = new ArrayList<>();
            for (LocalDate day : days) {
                examples.addAll(snapshot(tenant, day.atStartOfDay(zone).toInstant(), day, now));
            }
            if (examples.size() > maxRows) {
                examples = sample(examples, maxRows);
            }
            Dataset data = new Dataset(ScoringFeatures.SCHEMA, examples);
            if (data.positives() < MIN_POSITIVES || data.size() - data.positives() < MIN_POSITIVES) {
                throw new BusinessRuleException("not-enough-history",
                        "Training needs at least " + MIN_POSITIVES + " accounts that paid and " + MIN_POSITIVES
                                + " that did not in the snapshots from " + days.get(0) + "; found " + data.positives()
                                + " of " + data.size() + ".");
            }
            PropensityTrainer trainer = PropensityTrainer.production(20261201L);
            CrossValidation.Holdout holdout = CrossValidation.holdout(data, trainer, 0.25, 7L);
            holdout.model().close();
            try (PropensityModel model = trainer.train(data)) {
                double[] predictions = model.probabilities(examples.stream().map(Example::row).toList());
                double[] cuts = quintileCuts(predictions);
                int version = store.nextVersion(tenant);
                ModelStore.Version saved = new ModelStore.Version(Ids.newId(), version, trainer.name(), actor, now,
                        days.get(0), days.get(days.size() - 1), labelShare, data.size(), data.positives(),
                        holdout.metrics(), cuts);
                if (!store.save(tenant, saved, model.toBytes())) {
                    throw new ConflictException("model-version-race", "Another model was saved at the same moment.");
                }
                audit.record(tenant, actor, "MODEL_TRAINED", "scoring_model", saved.id().toString(),
                        "version " + version + ", " + data.size() + " examples, AUC "
                                + String.format(java.util.Locale.ROOT, "%.3f", holdout.metrics().auc()));
                return saved;
            }
        }
        finally {
            oneAtATime.unlock();
        }
    }

    /** Every account as of {@code at}, labelled by its payments in the 30 days after. */
    private List<Example> snapshot(TenantId tenant, Instant at, LocalDate day, Instant now) {
        List<Example> out = new ArrayList<>();
        UUID after = null;
        while (true) {
            List<OpenAccount> page = accounts.pageAll(tenant, after, PAGE, day);
            if (page.isEmpty()) {
                return out;
            }
            UUID first = page.get(0).id();
            UUID last = page.get(page.size() - 1).id();
            Map<UUID, PaymentStats> since = payments.paymentStats(tenant, first, last, at, now);
            Map<UUID, PaymentStats> window = payments.paymentStats(tenant, first, last, at, at.plus(WINDOW));
            Map<UUID, BigDecimal> balanceThen = new HashMap<>();
            for (OpenAccount account : page) {
                PaymentStats paidSince = since.get(account.id());
                balanceThen.put(account.id(),
                        paidSince == null ? account.balance() : account.balance().add(paidSince.amount()));
            }
            for (ScoringFeatures.Featured f : features.of(tenant, page, at, balanceThen)) {
                PaymentStats paid = window.get(f.account().id());
                BigDecimal needed = f.balanceThen().multiply(labelShare);
                boolean positive = paid != null && paid.amount().compareTo(needed) >= 0 && paid.amount().signum() > 0;
                out.add(new Example(f.row(), positive));
            }
            after = last;
        }
    }

    private static List<Example> sample(List<Example> examples, int max) {
        List<Example> copy = new ArrayList<>(examples);
        java.util.Collections.shuffle(copy, new java.util.Random(11));
        return copy.subList(0, max);
    }

    static double[] quintileCuts(double[] predictions) {
        double[] sorted = predictions.clone();
        Arrays.sort(sorted);
        double[] cuts = new double[4];
        for (int i = 0; i < 4; i++) {
            // A from the 80th percentile, B from the 60th, C the 40th, D the 20th
            int index = (int) Math.floor((0.8 - 0.2 * i) * (sorted.length - 1));
            cuts[i] = sorted[index];
        }
        return cuts;
    }

}
