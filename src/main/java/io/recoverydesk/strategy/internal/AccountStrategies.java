package io.recoverydesk.strategy.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.casework.CaseworkFacts;
import io.recoverydesk.casework.CaseworkFacts.CaseState;
import io.recoverydesk.compliance.ComplianceFacts;
import io.recoverydesk.compliance.ComplianceFacts.ContactState;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.portfolio.AccountDirectory;
import io.recoverydesk.portfolio.OpenAccounts;
import io.recoverydesk.portfolio.OpenAccounts.OpenAccount;
import io.recoverydesk.scoring.PropensityScores;
import io.recoverydesk.strategy.segments.AccountFacts;
import io.recoverydesk.strategy.segments.ConditionMatch;
import io.recoverydesk.strategy.segments.SegmentTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One account's strategy for the people who look at it: where the last run put it
 * (segment, path, step, stage, priority with its parts) and, under the version in effect
 * today, which segment row matches it now and why.
 */
@Component
class AccountStrategies {

    private final JdbcClient jdbc;

    private final AccountDirectory directory;

    private final OpenAccounts openAccounts;

    private final CaseworkFacts casework;

    private final ComplianceFacts compliance;

    private final StrategyVersions versions;

    private final Tenants tenants;

    private final Clock clock;

    private final PropensityScores scores;

    AccountStrategies(JdbcClient jdbc, AccountDirectory directory, OpenAccounts openAccounts, CaseworkFacts casework,
            ComplianceFacts compliance, StrategyVersions versions, Tenants tenants, Clock clock,
            PropensityScores scores) {
        this.scores = scores;
        this.jdbc = jdbc;
        this.directory = directory;
        this.openAccounts = openAccounts;
        this.casework = casework;
        this.compliance = compliance;
        this.versions = versions;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The last run's placement of the account. */
    record Placed(String segment, String path, int step, String stage, String pausedBy, BigDecimal priority,
            List<Part> priorityParts, int versionNumber, UUID runId, Instant at) {
    }

    /** One part of the priority, e.g. {@code balance} 24.3. */
    record Part(String name, String points) {

        static List<Part> parse(String stored) {
            return java.util.Arrays.stream(stored.split("; ")).map(p -> {
                int space = p.lastIndexOf(' ');
                return space < 0 ? new Part(p, "") : new Part(p.substring(0, space), p.substring(space + 1));
            }).toList();
        }

    }

    /** The match under today's version: the row and each condition that decided it. */
    record Now(int versionNumber, String segment, String segmentName, int row, String path,
            List<ConditionMatch> because) {
    }

    /** {@code score} is the account's propensity score (null while unscored). */
    record View(UUID accountId, Placed placed, Now now, PropensityScores.Score score) {
    }

    View of(CurrentUser user, UUID accountId) {
        directory.visible(user, accountId).orElseThrow(() -> new NotFoundException("No account " + accountId));
        Optional<Placed> placed = jdbc.sql("select * from account_strategy where tenant_id = ? and account_id = ?")
            .params(user.tenantId().value(), accountId)
            .query((rs, n) -> new Placed(rs.getString("segment_code"), rs.getString("path_code"),
                    rs.getInt("step_index") + 1, rs.getString("stage"), rs.getString("paused_by"),
                    rs.getBigDecimal("priority"), Part.parse(rs.getString("priority_parts")),
                    rs.getInt("version_number"), rs.getObject("run_id", UUID.class),
                    SqlValues.instant(rs, "updated_at")))
            .optional();
        PropensityScores.Score score = scores.of(user.tenantId(), accountId).orElse(null);
        return new View(accountId, placed.orElse(null), matchNow(user, accountId, score).orElse(null), score);
    }

    private Optional<Now> matchNow(CurrentUser user, UUID accountId, PropensityScores.Score score) {
        LocalDate today = versions.today(user.tenantId());
        Optional<OpenAccount> open = openAccounts.find(user.tenantId(), accountId, today);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        OpenAccount account = open.get();
        Instant now = clock.instant();
        CaseState caseState = casework.between(user.tenantId(), accountId, accountId, now)
            .getOrDefault(accountId, CaseState.NONE);
        ContactState contact = compliance.between(user.tenantId(), accountId, accountId).get(accountId);
        AccountFacts facts = FactsOf.of(account, caseState, contact, score, tenants.get(user.tenantId()).zone(), today);
        StrategyVersions.Version version = versions.inEffect(user.tenantId(), today);
        return new SegmentTable(version.definition().segments()).match(facts)
            .map(m -> new Now(version.number(), m.rule().code(), m.rule().name(), m.index() + 1, m.rule().pathCode(),
                    m.explanation()));
    }

}
