package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.compliance.ContactDoor;
import io.recoverydesk.compliance.policy.Channel;
import io.recoverydesk.compliance.policy.Party;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.portfolio.AccountDirectory;
import io.recoverydesk.kernel.web.Formats;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agent's queue: the next workable case with a lease, releasing it, and why nothing
 * is workable. Candidates are the caller's assignments whose lease is free or expired:
 * those with a callback or promise due now first (a task of the agent's, or one the
 * system made while the case had no agent), then those not handed out within the
 * cool-down ({@code rd.casework.rework-after}) by priority, then the recently worked
 * ones, least recently first; "next" pages through them in batches of
 * {@code rd.casework.candidates} (at most {@link #MAX_BATCHES}). Each is locked alone
 * with {@code FOR UPDATE SKIP LOCKED} before the door is asked, so concurrent callers (on
 * any node) never take the same one and never wait for each other; the compliance door
 * decides whether one may be contacted now by call or, failing that, by SMS.
 */
@Service
class WorkQueue {

    private static final List<Channel> CHANNELS = List.of(Channel.CALL, Channel.SMS);

    /** How many assignments the status examines at most (door checks are not free). */
    static final int STATUS_LIMIT = 200;

    /**
     * How many batches of candidates one call to "next" examines at most (and never fewer
     * assignments than the status examines), so it does not answer "nothing" while a
     * workable case lies just behind the first batch.
     */
    static final int MAX_BATCHES = 10;

    private final JdbcClient jdbc;

    private final ContactDoor door;

    private final AccountDirectory accounts;

    private final CaseworkProperties properties;

    private final Clock clock;

    WorkQueue(JdbcClient jdbc, ContactDoor door, AccountDirectory accounts, CaseworkProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.door = door;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /** A leased case. */
    record Case(UUID accountId, String creditorRef, String debtorName, BigDecimal priority, List<String> reasons,
            Instant leasedUntil, Channel channel, ContactDoor.Verdict verdict) {
    }

    /** Why nothing is workable, and when the next case opens (null when unknown). */
    record Status(long assigned, long leasedByMe, long leasedByOthers, long workable, long blockedByHours,
            long blockedByFrequency, long onHold, Instant nextOpensAt) {
    }

    private record Candidate(UUID accountId, BigDecimal priority, String reasons) {
    }

    private record Door(Channel channel, ContactDoor.Verdict verdict) {
    }

    @Transactional
    Optional<Case> next(CurrentUser user) {
        Instant now = clock.instant();
        int batch = properties.candidates();
        int bound = Math.max(batch * MAX_BATCHES, STATUS_LIMIT);
        Instant cutoff = now.minus(properties.reworkAfter());
        int examined = 0;
        for (Part part : Part.values()) {
            int offset = 0;
            // the first page is small: its first candidate is usually the one leased
            int page = Math.min(FIRST_PAGE, batch);
            while (examined < bound) {
                int limit = Math.min(page, bound - examined);
                List<Candidate> candidates = candidates(part, user, now, cutoff, limit, offset);
                Optional<Case> leased = lease(user, candidates, now);
                if (leased.isPresent()) {
                    return leased;
                }
                examined += candidates.size();
                if (candidates.size() < limit) {
                    break;
                }
                offset += limit;
                page = batch;
            }
        }
        return Optional.empty();
    }

    /**
     * The queue's order in three parts, each read a page at a time and only when the
     * parts before it gave nothing workable: free assignments with a callback or promise
     * due now (from the agent's due tasks), then those not worked within the cool-down by
     * priority (the index on agent and priority, read until the page is full), then the
     * recently worked ones, least recently first.
     */
    private enum Part {

        DUE("select w.account_id, w.priority, w.priority_reasons, d.n as due_now from (select t.account_id,"
                + " count(*) as n from casework_task t where t.tenant_id = ? and t.assignee in (?, '"
                + SystemTasks.SYSTEM + "')"
                + " and t.status = 'OPEN' and t.task_type in ('CALLBACK', 'PROMISE_DUE') and t.due_at <= ?"
                + " group by t.account_id) d join work_assignment w on w.account_id = d.account_id"
                + " where w.tenant_id = ? and w.agent_username = ?" + Part.FREE
                + " order by d.n desc, case when w.last_worked_at > ? then 1 else 0 end,"
                + " case when w.last_worked_at > ? then w.last_worked_at end, w.priority desc, w.account_id"
                + " limit ? offset ?"),

        NOT_RECENT("select w.account_id, w.priority, w.priority_reasons, 0 as due_now from work_assignment w"
                + " where w.tenant_id = ? and w.agent_username = ?" + Part.FREE
                + " and (w.last_worked_at is null or w.last_worked_at <= ?)" + Part.NOT_DUE
                + " order by w.priority desc, w.account_id limit ? offset ?"),

        RECENT("select w.account_id, w.priority, w.priority_reasons, 0 as due_now from work_assignment w"
                + " where w.tenant_id = ? and w.agent_username = ?" + Part.FREE + " and w.last_worked_at > ?"
                + Part.NOT_DUE + " order by w.last_worked_at, w.priority desc, w.account_id limit ? offset ?");

        private static final String FREE = " and (w.leased_until is null or w.leased_until <= ?)";

        private static final String NOT_DUE = " and not exists (select 1 from casework_task t"
                + " where t.tenant_id = w.tenant_id and t.account_id = w.account_id and t.assignee in (?, '"
                + SystemTasks.SYSTEM + "')"
                + " and t.status = 'OPEN' and t.task_type in ('CALLBACK', 'PROMISE_DUE') and t.due_at <= ?)";

        private final String sql;

        Part(String sql) {
            this.sql = sql;
        }

    }

    private List<Candidate> candidates(Part part, CurrentUser user, Instant now, Instant cutoff, int limit,
            int offset) {
        UUID tenant = user.tenantId().value();
        String agent = user.username();
        Object at = SqlValues.utc(now);
        Object since = SqlValues.utc(cutoff);
        Object[] params = switch (part) {
            case DUE -> new Object[] { tenant, agent, at, tenant, agent, at, since, since, limit, offset };
            case NOT_RECENT, RECENT -> new Object[] { tenant, agent, at, since, agent, at, limit, offset };
        };
        return jdbc.sql(part.sql)
            .params(params)
            .query((rs, n) -> new Candidate(rs.getObject("account_id", UUID.class), rs.getBigDecimal("priority"),
                    withDueNow(rs.getInt("due_now"), rs.getString("priority_reasons"))))
            .list();
    }

    /** The first page of candidates "next" examines in each part. */
    static final int FIRST_PAGE = 10;

    /** Leases the first candidate that is open, free and allowed at the door. */
    private Optional<Case> lease(CurrentUser user, List<Candidate> candidates, Instant now) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        java.util.Map<UUID, AccountDirectory.Workable> facts = new java.util.HashMap<>();
        accounts
            .select(user,
                    new AccountDirectory.Selection(candidates.stream().map(Candidate::accountId).toList(), null, null,
                            null, null),
                    candidates.size())
            .forEach(w -> facts.put(w.id(), w));
        for (Candidate candidate : candidates) {
            AccountDirectory.Workable account = facts.get(candidate.accountId());
            // out of the agent's scope now, or closed (paid, settled, closed, recalled):
            // not workable
            if (account == null || !isOpen(account.status())) {
                continue;
            }
            // lock this one candidate only; one another caller holds or has just leased
            // is skipped
            boolean locked = !jdbc
                .sql("select account_id from work_assignment where tenant_id = ? and account_id = ?"
                        + " and agent_username = ? and (leased_until is null or leased_until <= ?)"
                        + " for update skip locked")
                .params(user.tenantId().value(), candidate.accountId(), user.username(), SqlValues.utc(now))
                .query(UUID.class)
                .list()
                .isEmpty();
            if (!locked) {
                continue;
            }
            Door allowed = ask(user, candidate.accountId(), now).allowed;
            if (allowed == null) {
                continue;
            }
            Instant until = now.plus(properties.lease());
            // conditional, so a lease taken between our read and our lock is never
            // overwritten; handing the case out counts as working it (the cool-down)
            int taken = jdbc
                .sql("update work_assignment set leased_by = ?, leased_until = ?, last_worked_at = ?"
                        + " where tenant_id = ? and account_id = ?"
                        + " and agent_username = ? and (leased_until is null or leased_until <= ?)")
                .params(user.username(), SqlValues.utc(until), SqlValues.utc(now), user.tenantId().value(),
                        candidate.accountId(), user.username(), SqlValues.utc(now))
                .update();
            if (taken == 0) {
                continue;
            }
            return Optional.of(new Case(candidate.accountId(), account.creditorRef(), account.debtorName(),
                    candidate.priority(), reasons(candidate.reasons()), until, allowed.channel(), allowed.verdict()));
        }
        return Optional.empty();
    }

    /** The first channel the door allows, or every refusal when none does. */
    private Asked ask(CurrentUser user, UUID accountId, Instant now) {
        List<ContactDoor.Verdict> refusals = new java.util.ArrayList<>();
        for (Channel channel : CHANNELS) {
            ContactDoor.Verdict verdict = door.check(user,
                    new ContactDoor.Check(accountId, channel, null, Party.DEBTOR, now, null));
            if (verdict.allowed()) {
                return new Asked(new Door(channel, verdict), List.of());
            }
            refusals.add(verdict);
        }
        return new Asked(null, refusals);
    }

    private record Asked(Door allowed, List<ContactDoor.Verdict> refusals) {
    }

    /**
     * Ends the caller's lease; a team lead (of the agent's team), manager or admin may
     * end anyone's. Without a live lease there is nothing to end (204 too).
     */
    @Transactional
    void release(CurrentUser user, UUID accountId, java.util.function.Predicate<String> supervises) {
        Instant now = clock.instant();
        record Row(String agent, String leasedBy, Instant leasedUntil) {
        }
        Row row = jdbc
            .sql("select agent_username, leased_by, leased_until from work_assignment"
                    + " where tenant_id = ? and account_id = ? for update")
            .params(user.tenantId().value(), accountId)
            .query((rs, n) -> new Row(rs.getString("agent_username"), rs.getString("leased_by"),
                    SqlValues.instant(rs, "leased_until")))
            .optional()
            .filter(r -> accounts.visible(user, accountId).isPresent())
            .orElseThrow(() -> new NotFoundException("No assignment of account " + accountId + "."));
        boolean live = row.leasedBy() != null && row.leasedUntil() != null && row.leasedUntil().isAfter(now);
        boolean holder = user.username().equals(row.leasedBy());
        boolean assignee = user.username().equals(row.agent());
        if (!holder && !(assignee && !live) && !supervises.test(row.agent())) {
            if (live) {
                throw new ConflictException("leased-by-another",
                        "Account " + accountId + " is leased by another agent until " + row.leasedUntil() + ".");
            }
            throw new NotFoundException("No assignment of account " + accountId + " to you.");
        }
        jdbc.sql(
                "update work_assignment set leased_by = null, leased_until = null where tenant_id = ? and account_id = ?")
            .params(user.tenantId().value(), accountId)
            .update();
    }

    /**
     * Why the caller's queue gives nothing (or how much it holds): every assignment not
     * leased is asked at the door (up to {@link #STATUS_LIMIT}, in the order "next" takes
     * them, which examines at least as many); one refused on both channels counts as on
     * hold, outside contact hours or at a frequency limit, by its first reason in that
     * order.
     */
    @Transactional(readOnly = true)
    Status status(CurrentUser user) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(properties.reworkAfter());
        record Row(UUID accountId, String leasedBy, Instant leasedUntil) {
        }
        List<Row> rows = jdbc
            .sql("select w.account_id, w.leased_by, w.leased_until, (" + DUE_NOW + ") as due_now, " + RECENT
                    + " from work_assignment w where w.tenant_id = ? and w.agent_username = ? order by " + ORDER)
            .params(SqlValues.utc(now), SqlValues.utc(cutoff), SqlValues.utc(cutoff), user.tenantId().value(),
                    user.username())
            .query((rs, n) -> new Row(rs.getObject("account_id", UUID.class), rs.getString("leased_by"),
                    SqlValues.instant(rs, "leased_until")))
            .list();
        long leasedByMe = 0;
        long leasedByOthers = 0;
        long workable = 0;
        long hours = 0;
        long frequency = 0;
        long hold = 0;
        Instant nextOpensAt = null;
        List<UUID> free = rows.stream()
            .filter(r -> r.leasedUntil() == null || !r.leasedUntil().isAfter(now))
            .map(Row::accountId)
            .limit(STATUS_LIMIT)
            .toList();
        java.util.Set<UUID> open = new java.util.HashSet<>();
        accounts.select(user, new AccountDirectory.Selection(free, null, null, null, null), free.size())
            .stream()
            .filter(w -> isOpen(w.status()))
            .forEach(w -> open.add(w.id()));
        for (Row row : rows) {
            boolean live = row.leasedUntil() != null && row.leasedUntil().isAfter(now);
            if (live) {
                if (user.username().equals(row.leasedBy())) {
                    leasedByMe++;
                }
                else {
                    leasedByOthers++;
                }
                continue;
            }
            if (!open.contains(row.accountId())) {
                continue;
            }
            Asked asked = ask(user, row.accountId(), now);
            if (asked.allowed() != null) {
                workable++;
                continue;
            }
            List<String> keys = asked.refusals()
                .stream()
                .flatMap(v -> v.reasons().stream())
                .map(ContactDoor.Blocking::messageKey)
                .toList();
            if (keys.contains("compliance.hold")) {
                hold++;
            }
            else if (keys.contains("compliance.outside-window")) {
                hours++;
            }
            else {
                frequency++;
            }
            for (ContactDoor.Verdict v : asked.refusals()) {
                if (v.nextAllowedAt() != null && (nextOpensAt == null || v.nextAllowedAt().isBefore(nextOpensAt))) {
                    nextOpensAt = v.nextAllowedAt();
                }
            }
        }
        return new Status(rows.size(), leasedByMe, leasedByOthers, workable, hours, frequency, hold, nextOpensAt);
    }

    /** The caller's live leases, newest lease end first. */
    @Transactional(readOnly = true)
    List<Case> myLeases(CurrentUser user) {
        Instant now = clock.instant();
        List<Case> leases = jdbc
            .sql("select account_id, priority, priority_reasons, leased_until from work_assignment"
                    + " where tenant_id = ? and leased_by = ? and leased_until > ? order by leased_until desc")
            .params(user.tenantId().value(), user.username(), SqlValues.utc(now))
            .query((rs, n) -> new Case(rs.getObject("account_id", UUID.class), null, null, rs.getBigDecimal("priority"),
                    reasons(rs.getString("priority_reasons")), SqlValues.instant(rs, "leased_until"), null, null))
            .list();
        Map<UUID, AccountDirectory.AccountRef> refs = accounts.visible(user,
                leases.stream().map(Case::accountId).toList());
        return leases.stream()
            .filter(c -> refs.containsKey(c.accountId()))
            .map(c -> new Case(c.accountId(), refs.get(c.accountId()).creditorRef(),
                    refs.get(c.accountId()).debtorName(), c.priority(), c.reasons(), c.leasedUntil(), null, null))
            .toList();
    }

    /**
     * Open callbacks and promise-due tasks of the assignment's account that are due now:
     * they come first, live (the stored priority counts them only when it was computed).
     */
    static final String DUE_NOW = "select count(*) from casework_task t where t.tenant_id = w.tenant_id"
            + " and t.account_id = w.account_id and t.assignee in (w.agent_username, '" + SystemTasks.SYSTEM
            + "') and t.status = 'OPEN'" + " and t.task_type in ('CALLBACK', 'PROMISE_DUE') and t.due_at <= ?";

    /**
     * Whether (1) and when the case was handed out within the cool-down; the cut-off is a
     * parameter of each.
     */
    static final String RECENT = "case when w.last_worked_at > ? then 1 else 0 end as recent,"
            + " case when w.last_worked_at > ? then w.last_worked_at end as recent_at";

    /**
     * The agent's order: callbacks and promises due now first (worked recently or not),
     * then cases not worked within the cool-down by priority, then the recently worked
     * ones, least recently worked first (so the one just worked comes last).
     */
    static final String ORDER = "due_now desc, recent, recent_at, w.priority desc, w.account_id";

    private static String withDueNow(int dueNow, String reasons) {
        return dueNow == 0 || (reasons != null && reasons.contains("due now")) ? reasons
                : Formats.DUE_NOW.format(dueNow) + "; " + reasons;
    }

    static boolean isOpen(String status) {
        try {
            return io.recoverydesk.portfolio.AccountStatus.valueOf(status).isOpen();
        }
        catch (IllegalArgumentException | NullPointerException ex) {
            return false;
        }
    }

    static List<String> reasons(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split("; "));
    }

    static boolean isSupervisor(CurrentUser user) {
        return user.hasAnyRole(Role.MANAGER, Role.ADMIN, Role.TEAM_LEAD);
    }

}
