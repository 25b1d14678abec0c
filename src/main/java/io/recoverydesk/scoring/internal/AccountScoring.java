package io.recoverydesk.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.OpenAccounts;
import io.recoverydesk.portfolio.OpenAccounts.OpenAccount;
import io.recoverydesk.scoring.PropensityScores;
import io.recoverydesk.scoring.model.PropensityModel;
import io.recoverydesk.scoring.model.ReasonCode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores every open account with the tenant's latest model, a page per transaction: the
 * probability, its band and the three features that moved it most. Scores of accounts
 * that closed are removed at the end. Also answers {@link PropensityScores} from the
 * stored scores.
 */
@Component
class AccountScoring implements PropensityScores {

    static final int PAGE = 2000;

    static final int REASONS = 3;

    private final OpenAccounts accounts;

    private final ScoringFeatures features;

    private final ModelStore store;

    private final JdbcClient jdbc;

    private final JdbcTemplate batch;

    private final TransactionTemplate tx;

    private final Tenants tenants;

    private final Clock clock;

    AccountScoring(OpenAccounts accounts, ScoringFeatures features, ModelStore store, JdbcClient jdbc,
            JdbcTemplate batch, TransactionTemplate tx, Tenants tenants, Clock clock) {
        this.accounts = accounts;
        this.features = features;
        this.store = store;
        this.jdbc = jdbc;
        this.batch = batch;
        this.tx = tx;
        this.tenants = tenants;
        this.clock = clock;
    }

    /**
     * Scores the open accounts with the latest model; answers how many (0 without a
     * model).
     */
    int scoreAll(TenantId tenant) {
        Optional<ModelStore.Version> latest = store.latest(tenant);
        if (latest.isEmpty()) {
            return 0;
        }
        ModelStore.Version version = latest.get();
        // stored to the millisecond on every database, so the clean-up below compares
        // like with like
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(now, tenants.get(tenant).zone());
        int scored = 0;
        try (PropensityModel model = PropensityModel.fromBytes(store.bytes(tenant, version.id()))) {
            UUID after = null;
            while (true) {
                List<OpenAccount> page = accounts.page(tenant, after, PAGE, today);
                if (page.isEmpty()) {
                    break;
                }
                scored += tx.execute(status -> writePage(tenant, version, model, page, now));
                after = page.get(page.size() - 1).id();
            }
        }
        jdbc.sql("delete from account_score where tenant_id = ? and scored_at < ?")
            .params(tenant.value(), SqlValues.utc(now))
            .update();
        return scored;
    }

    private int writePage(TenantId tenant, ModelStore.Version version, PropensityModel model, List<OpenAccount> page,
            Instant now) {
        List<ScoringFeatures.Featured> rows = features.of(tenant, page, now, Map.of());
        double[] p = model.probabilities(rows.stream().map(ScoringFeatures.Featured::row).toList());
        List<Object[]> values = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String reasons = String.join(";",
                    model.reasons(rows.get(i).row(), REASONS)
                        .stream()
                        .map(r -> r.feature() + (r.direction() == ReasonCode.Direction.RAISES ? "+" : "-"))
                        .toList());
            values.add(new Object[] { tenant.value(), rows.get(i).account().id(), version.version(),
                    BigDecimal.valueOf(p[i]).setScale(5, RoundingMode.HALF_UP), version.band(p[i]),
                    reasons.length() > 600 ? reasons.substring(0, 600) : reasons, SqlValues.utc(now) });
        }
        jdbc.sql("delete from account_score where tenant_id = ? and account_id between ? and ?")
            .params(tenant.value(), page.get(0).id(), page.get(page.size() - 1).id())
            .update();
        batch.batchUpdate("insert into account_score (tenant_id, account_id, model_version, probability, band,"
                + " reasons, scored_at) values (?, ?, ?, ?, ?, ?, ?)", values);
        return values.size();
    }

    @Override
    public Map<UUID, Score> between(TenantId tenant, UUID first, UUID last) {
        Map<UUID, Score> scores = new java.util.HashMap<>();
        jdbc.sql("select account_id, model_version, probability, band, reasons from account_score"
                + " where tenant_id = ? and account_id between ? and ?")
            .params(tenant.value(), first, last)
            .query((rs, n) -> scores.put(rs.getObject(1, UUID.class), score(rs)))
            .list();
        return scores;
    }

    @Override
    public Optional<Score> of(TenantId tenant, UUID accountId) {
        return jdbc
            .sql("select account_id, model_version, probability, band, reasons from account_score"
                    + " where tenant_id = ? and account_id = ?")
            .params(tenant.value(), accountId)
            .query((rs, n) -> score(rs))
            .optional();
    }

    private static Score score(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<Reason> reasons = new ArrayList<>();
        String stored = rs.getString("reasons");
        if (stored != null && !stored.isBlank()) {
            for (String r : stored.split(";")) {
                reasons.add(new Reason(r.substring(0, r.length() - 1), r.endsWith("+") ? "RAISES" : "LOWERS"));
            }
        }
        return new Score(rs.getInt("model_version"), rs.getBigDecimal("probability"), rs.getString("band"),
                List.copyOf(reasons));
    }

}
