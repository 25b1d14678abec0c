package io.recoverydesk.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.compliance.CaseHistory;
import io.recoverydesk.compliance.ContactDoor;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.web.Formats;
import io.recoverydesk.portfolio.AccountBalances;
import io.recoverydesk.portfolio.AccountDirectory;
import io.recoverydesk.portfolio.AccountStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The casework header of the case view: who holds the account now (the caller's lease and
 * its time left), the stage and its script with the account's figures, and the open
 * tasks. The script quotes the creditor, the balance and the days past due, never a full
 * identifier.
 */
@Service
class CaseView {

    /** How many recent contacts the stage reads. */
    static final int STAGE_CONTACTS = 100;

    private final AccountDirectory accounts;

    private final AccountBalances balances;

    private final CaseHistory history;

    private final Tasks tasks;

    private final JdbcClient jdbc;

    private final Clock clock;

    CaseView(AccountDirectory accounts, AccountBalances balances, CaseHistory history, Tasks tasks, JdbcClient jdbc,
            Clock clock) {
        this.accounts = accounts;
        this.balances = balances;
        this.history = history;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The work queue's hold on the account: {@code mine} when the caller holds a live
     * lease; {@code leasedBy} someone else's live lease (null = free).
     */
    record Lease(String agent, String leasedBy, Instant leasedUntil, boolean mine, long minutesLeft) {
    }

    /** The script's figures: already formatted for the reader's locale. */
    record Script(CaseStage stage, List<Object> args) {
    }

    record Header(UUID accountId, AccountDirectory.AccountRef account, Lease lease, Script script, List<Task> tasks) {
    }

    Header header(CurrentUser user, UUID accountId) {
        AccountDirectory.AccountRef ref = accounts.visible(user, accountId)
            .orElseThrow(() -> new NotFoundException("account " + accountId + " not found"));
        AccountDirectory.AccountFigures figures = accounts.figures(user, accountId).orElseThrow();
        AccountStatus status = balances.read(user.tenantId(), accountId)
            .map(AccountBalances.Snapshot::status)
            .orElse(null);
        List<ContactDoor.Recorded> contacts = history.contacts(user.tenantId(), accountId, STAGE_CONTACTS);
        boolean spokenTo = contacts.stream().anyMatch(c -> c.outcome().isConversationWithPerson());
        CaseStage stage = CaseStage.of(status, figures.dpd(), contacts.size(), spokenTo);
        Script script = new Script(stage,
                List.of(ref.debtorName(), figures.creditorName(),
                        new Formats().money(figures.balance(), figures.currency()), figures.dpd(),
                        user.displayName() == null ? user.username() : user.displayName()));
        return new Header(accountId, ref, lease(user, accountId), script, tasks.openOfVisible(user, accountId));
    }

    private Lease lease(CurrentUser user, UUID accountId) {
        Instant now = clock.instant();
        return jdbc
            .sql("select agent_username, leased_by, leased_until from work_assignment"
                    + " where tenant_id = ? and account_id = ?")
            .params(user.tenantId().value(), accountId)
            .query((rs, n) -> {
                Instant until = SqlValues.instant(rs, "leased_until");
                boolean live = until != null && until.isAfter(now);
                String by = live ? rs.getString("leased_by") : null;
                return new Lease(rs.getString("agent_username"), by, live ? until : null, user.username().equals(by),
                        live ? Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60) : 0);
            })
            .optional()
            .orElse(null);
    }

}
