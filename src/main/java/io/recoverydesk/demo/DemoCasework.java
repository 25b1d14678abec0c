package io.recoverydesk.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import io.recoverydesk.casework.CaseworkAdministration;
import io.recoverydesk.casework.CaseworkAdministration.Installment;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.payments.PaymentAdministration;
import io.recoverydesk.portfolio.AccountBalances;
import io.recoverydesk.portfolio.AccountStatus;
import io.recoverydesk.portfolio.PortfolioAdministration;

import org.springframework.stereotype.Component;

/**
 * A living portfolio for the demo agents, made through the casework and payments modules'
 * public system APIs ({@link CaseworkAdministration}, {@link PaymentAdministration}), so
 * every row passes the same checks, audit entries and events as a person's request:
 * <ul>
 * <li>150 accounts per agent (75 of each of the team's creditors, the ones with contact
 * history), assigned by the team lead — {@code demo.lead} for T1; T2 has no lead among
 * the demo users, so {@code demo.manager} assigns there — with the priority the
 * assignment computes;</li>
 * <li>per agent 20 promises, 5 payment plans and 3 settlements, and the payments that
 * make them KEPT, PARTIALLY_KEPT, COMPLETED installments and a paid settlement;</li>
 * <li>about 260 further payments over the last 14 days (mostly partial, a few paying the
 * account off), two reversed as bounced, and a bank file with rows that match no
 * account;</li>
 * <li>callbacks (overdue, today, later), follow-ups and document requests, case
 * notes.</li>
 * </ul>
 * <p>
 * <b>Time.</b> Promises and plans are measured against the payments made since they were
 * made. To show arrangements that fell due in the past two weeks, the seed makes them
 * <em>as of</em> an earlier instant ({@code asOf}, at most 60 days back: the
 * {@link CaseworkAdministration} runs the same checks relative to that day — due dates
 * from that day on, within the horizon — and dates the arrangement and its CREATED
 * history event then; the audit log keeps the real time of recording). Payments are then
 * posted with their past {@code paidAt} (as a payment file or a teller would), and the
 * ordinary evaluation — on each posting, and the daily check the seed runs once at the
 * end — decides KEPT, BROKEN, PARTIALLY_KEPT, DEFAULTED. No status is written directly.
 * The installments a plan's debtor paid are posted together
 * ({@link PaymentAdministration#postAll}), so the evaluation after the commit sees all of
 * them; posted one by one, the evaluation after the first would find the later
 * installments unpaid past their grace (missed, even defaulted) before the next payment
 * is booked. Settlements are requested, approved and paid in the present.
 * <p>
 * Deterministic: the same seed and business date give the same choices, amounts and dates
 * (ids differ).
 */
@Component
class DemoCasework {

    static final String ACTOR = "demo-seed";

    /** Accounts per creditor assigned to the team's agent (they have contact history). */
    static final int ASSIGNED_PER_CREDITOR = 75;

    /** Further accounts per creditor that only receive payments. */
    static final int OTHERS_PER_CREDITOR = 70;

    static final int GENERIC_PAYMENTS = 262;

    private static final String[] METHODS = { "BANK_TRANSFER", "BANK_TRANSFER", "ALIPAY", "WECHAT_PAY", "DIRECT_DEBIT",
            "CARD", "CASH" };

    private static final String[] NOTES = { "客户表示月底发工资后还款", "客户申请分期，已说明分期方案及每期金额", "客户已通过支付宝还款，待到账确认",
            "客户称本周内筹款，约定周五回电", "已核实客户联系地址无变化", "客户对滞纳金有疑问，已解释计费规则", "与客户沟通减免方案，客户考虑中", "客户家属代为转告，已留言请客户回电",
            "客户确认欠款金额无异议", "客户称收入不稳定，希望降低每期还款额" };

    /** A team's demo agent, who assigns and approves for them, and the creditors. */
    record Team(String agent, String lead, String approver, List<String> creditors, long seed) {
    }

    static final List<Team> TEAMS = List.of(
            new Team("demo.agent", "demo.lead", "demo.lead", List.of("HXCC", "AXCF"), 11),
            new Team("demo.agent2", "demo.manager", "demo.manager", List.of("RTAF", "ZLSB"), 12));

    private final CaseworkAdministration casework;

    private final PaymentAdministration payments;

    private final PortfolioAdministration portfolio;

    private final AccountBalances balances;

    private final Clock clock;

    DemoCasework(CaseworkAdministration casework, PaymentAdministration payments, PortfolioAdministration portfolio,
            AccountBalances balances, Clock clock) {
        this.casework = casework;
        this.payments = payments;
        this.portfolio = portfolio;
        this.balances = balances;
        this.clock = clock;
    }

    /** What the seed made, for the log. */
    static final class Counts {

        final Map<String, Integer> values = new LinkedHashMap<>();

        void add(String key, int n) {
            values.merge(key, n, Integer::sum);
        }

        @Override
        public String toString() {
            return values.toString();
        }

    }

    /** One run of the seed for a tenant, at one instant. */
    private final class Run {

        final TenantId tenant;

        final ZoneId zone;

        final Instant now;

        final LocalDate today;

        final Counts counts = new Counts();

        int reference;

        Run(TenantId tenant, ZoneId zone) {
            this.tenant = tenant;
            this.zone = zone;
            this.now = clock.instant();
            this.today = LocalDate.ofInstant(now, zone);
        }

        Instant at(LocalDate day, int hour, int minute) {
            return day.atTime(hour, minute).atZone(zone).toInstant();
        }

        /** A past instant for a payment: never later than a minute ago. */
        Instant paid(LocalDate day, int hour, int minute) {
            Instant at = at(day, hour, minute);
            Instant latest = now.minusSeconds(60);
            return at.isAfter(latest) ? latest : at;
        }

        String nextReference() {
            reference++;
            return String.format("DEMO-%s-%05d", today.toString().replace("-", ""), reference);
        }

        UUID pay(UUID account, BigDecimal amount, Instant paidAt, String method) {
            UUID id = payments.post(tenant, ACTOR, account, amount, paidAt, method, nextReference());
            counts.add("payments", 1);
            return id;
        }

        BigDecimal balance(UUID account) {
            return balances.read(tenant, account).orElseThrow().balance();
        }

    }

    Counts seed(TenantId tenant, ZoneId zone) {
        Run run = new Run(tenant, zone);
        List<UUID> pool = new ArrayList<>();
        List<String> fileRefs = new ArrayList<>();
        for (Team team : TEAMS) {
            Random random = new Random(team.seed());
            List<UUID> assigned = new ArrayList<>();
            for (String creditor : team.creditors()) {
                List<UUID> ids = portfolio.accountIds(tenant, creditor, ASSIGNED_PER_CREDITOR + OTHERS_PER_CREDITOR);
                List<UUID> open = ids.stream().filter(id -> statusOf(tenant, id).isOpen()).toList();
                assigned.addAll(open.subList(0, Math.min(ASSIGNED_PER_CREDITOR, open.size())));
                pool.addAll(open.subList(Math.min(ASSIGNED_PER_CREDITOR, open.size()), open.size()));
            }
            run.counts.add("assigned", casework.assign(tenant, team.lead(), team.agent(), assigned));
            List<UUID> workable = new ArrayList<>(assigned.stream()
                .filter(id -> statusOf(tenant, id) == AccountStatus.NEW || statusOf(tenant, id) == AccountStatus.ACTIVE)
                .toList());
            Collections.shuffle(workable, random);
            List<UUID> rest = arrangements(run, team, random, workable);
            tasksAndNotes(run, team, random, workable, rest);
            pool.addAll(rest);
        }
        Random random = new Random(13);
        Collections.shuffle(pool, random);
        // three accounts of HXCC for the bank file, kept free of other payments
        List<UUID> forFile = new ArrayList<>();
        for (UUID id : List.copyOf(pool)) {
            Optional<AccountBalances.Snapshot> s = balances.read(tenant, id);
            if (forFile.size() < 3 && s.isPresent() && s.get().creditorCode().equals("HXCC")) {
                forFile.add(id);
                fileRefs.add(s.get().creditorRef());
                pool.remove(id);
            }
        }
        long t0 = System.nanoTime();
        genericPayments(run, random, pool);
        long t1 = System.nanoTime();
        bankFile(run, random, forFile, fileRefs);
        run.counts.add("accountsChecked", casework.runDailyChecks(tenant));
        run.counts.add("paymentsMs", (int) ((t1 - t0) / 1_000_000));
        return run.counts;
    }

    private AccountStatus statusOf(TenantId tenant, UUID account) {
        return balances.read(tenant, account).map(AccountBalances.Snapshot::status).orElse(AccountStatus.CLOSED);
    }

    /**
     * Promises, plans and settlements on the first 28 of the agent's shuffled accounts;
     * answers the agent's other accounts.
     */
    private List<UUID> arrangements(Run run, Team team, Random random, List<UUID> accounts) {
        int next = 0;
        TenantId tenant = run.tenant;
        // pending: due in the coming days (two today), one partly paid, one in two parts
        for (int i = 0; i < 7; i++) {
            UUID account = accounts.get(next++);
            BigDecimal balance = run.balance(account);
            Instant asOf = run.now.minus(Duration.ofHours(2 + random.nextInt(40)));
            BigDecimal amount = part(balance, 0.1, 0.3, random);
            List<Installment> installments;
            if (i == 6) {
                BigDecimal half = amount.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN).max(BigDecimal.ONE);
                installments = List.of(new Installment(half, run.today.plusDays(3)),
                        new Installment(half, run.today.plusDays(17)));
            }
            else {
                installments = List
                    .of(new Installment(amount, i < 2 ? run.today : run.today.plusDays(1 + random.nextInt(7))));
            }
            casework.promise(tenant, team.agent(), account, installments, asOf);
            run.counts.add("promises", 1);
            if (i == 2) {
                Instant paidAt = asOf.plus(Duration.between(asOf, run.now).dividedBy(2));
                run.pay(account, amount.divide(BigDecimal.valueOf(3), 0, RoundingMode.DOWN).max(BigDecimal.ONE), paidAt,
                        "ALIPAY");
            }
        }
        // kept: made 8–12 days ago, paid in full before the due date
        for (int i = 0; i < 5; i++) {
            UUID account = accounts.get(next++);
            BigDecimal amount = part(run.balance(account), 0.1, 0.4, random);
            LocalDate made = run.today.minusDays(8 + random.nextInt(5));
            LocalDate due = made.plusDays(3 + random.nextInt(3));
            casework.promise(tenant, team.agent(), account, List.of(new Installment(amount, due)), run.at(made, 10, 0));
            run.counts.add("promises", 1);
            run.pay(account, amount, run.paid(due.minusDays(random.nextInt(2)), 11 + random.nextInt(8), 15),
                    METHODS[random.nextInt(METHODS.length)]);
        }
        // broken (nothing paid) and partially kept (part paid), due 5–10 days ago
        for (int i = 0; i < 8; i++) {
            UUID account = accounts.get(next++);
            BigDecimal amount = part(run.balance(account), 0.1, 0.3, random);
            LocalDate made = run.today.minusDays(9 + random.nextInt(4));
            LocalDate due = made.plusDays(2 + random.nextInt(3));
            casework.promise(tenant, team.agent(), account, List.of(new Installment(amount, due)),
                    run.at(made, 15, 30));
            run.counts.add("promises", 1);
            if (i % 2 == 1) {
                BigDecimal some = amount.multiply(BigDecimal.valueOf(30 + random.nextInt(31)))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
                    .max(BigDecimal.ONE);
                run.pay(account, some, run.paid(due.minusDays(1), 16, 40), "WECHAT_PAY");
            }
        }
        // plans: one defaulted (T1), paid installments, one missed installment, a new one
        for (int i = 0; i < 5; i++) {
            UUID account = accounts.get(next++);
            BigDecimal balance = run.balance(account);
            int count = i == 1 ? 4 : i == 4 ? 6 : i == 0 ? 5 : 6;
            BigDecimal per = balance.multiply(BigDecimal.valueOf(0.6))
                .divide(BigDecimal.valueOf(count), 0, RoundingMode.DOWN)
                .max(BigDecimal.ONE);
            BigDecimal total = per.multiply(BigDecimal.valueOf(count));
            LocalDate made;
            LocalDate first;
            String frequency;
            int paidInstallments;
            if (i == 0 && team.agent().equals("demo.agent")) {
                made = run.today.minusDays(30);
                first = made.plusDays(2);
                frequency = "WEEKLY";
                paidInstallments = 1; // then stopped: defaults
            }
            else if (i == 0 || i == 2) {
                made = run.today.minusDays(20);
                first = made.plusDays(2);
                frequency = "WEEKLY";
                paidInstallments = i == 0 ? 2 : 3;
            }
            else if (i == 1) {
                made = run.today.minusDays(12);
                first = made.plusDays(2);
                frequency = "FORTNIGHTLY";
                paidInstallments = 1;
            }
            else if (i == 3) {
                made = run.today.minusDays(16);
                first = made.plusDays(2);
                frequency = "WEEKLY";
                paidInstallments = 1; // the second is missed, the plan stays active
            }
            else {
                made = run.today;
                first = run.today.plusDays(5);
                frequency = "MONTHLY";
                paidInstallments = 0;
            }
            Instant asOf = i == 4 ? run.now : run.at(made, 11, 0);
            casework.plan(tenant, team.agent(), account, total, count, frequency, first, asOf);
            run.counts.add("plans", 1);
            int step = frequency.equals("WEEKLY") ? 7 : 14;
            List<PaymentAdministration.NewPayment> installments = new ArrayList<>();
            for (int k = 0; k < paidInstallments; k++) {
                installments.add(new PaymentAdministration.NewPayment(account, per,
                        run.paid(first.plusDays((long) k * step).minusDays(k == 0 ? 0 : 1), 10, 20), "DIRECT_DEBIT",
                        run.nextReference()));
            }
            // together: evaluated once all are booked, never between two of them (when
            // the later ones would not be booked yet and the installments look missed)
            payments.postAll(tenant, ACTOR, installments);
            run.counts.add("payments", installments.size());
        }
        // settlements: two waiting for approval (team lead's and manager's limits), and
        // one approved and paid (T1) or approved within the agent's own limit (T2)
        double[] discounts = team.agent().equals("demo.agent") ? new double[] { 0.20, 0.35, 0.15 }
                : new double[] { 0.22, 0.40, 0.08 };
        String[] reasons = { "客户失业，一次性结清可筹款", "客户重病住院，家属代为结清", "客户愿意本月内一次性结清" };
        for (int i = 0; i < 3; i++) {
            UUID account = accounts.get(next++);
            BigDecimal balance = run.balance(account);
            BigDecimal amount = balance.multiply(BigDecimal.valueOf(1 - discounts[i])).setScale(0, RoundingMode.DOWN);
            CaseworkAdministration.Arrangement s = casework.requestSettlement(tenant, team.agent(), account, amount,
                    run.today.plusDays(14), reasons[i]);
            run.counts.add("settlements", 1);
            if (i == 2 && s.status().equals("PENDING_APPROVAL")) {
                casework.decideSettlement(tenant, team.approver(), s.id(), true, "同意，请尽快安排客户还款");
                run.pay(account, amount, null, "BANK_TRANSFER");
            }
        }
        return new ArrayList<>(accounts.subList(next, accounts.size()));
    }

    private void tasksAndNotes(Run run, Team team, Random random, List<UUID> arranged, List<UUID> rest) {
        TenantId tenant = run.tenant;
        record Spec(String type, String title, LocalDate day, int hour, int minute, String priority) {
        }
        LocalDate today = run.today;
        List<Spec> specs = List.of(new Spec("CALLBACK", "客户要求回电确认还款日期", today.minusDays(2), 10, 30, "HIGH"),
                new Spec("CALLBACK", "约定回电，客户下班后方便接听", today.minusDays(1), 18, 0, "HIGH"),
                new Spec("CALLBACK", "回电确认到账", today, 10, 0, "NORMAL"),
                new Spec("CALLBACK", "客户午休后回电", today, 14, 0, "HIGH"),
                new Spec("CALLBACK", "回电商量分期方案", today, 16, 30, "NORMAL"),
                new Spec("CALLBACK", "客户出差回来后联系", today.plusDays(2), 10, 0, "NORMAL"),
                new Spec("CALLBACK", "发薪日后回电", today.plusDays(4), 11, 0, "NORMAL"),
                new Spec("FOLLOW_UP", "核实客户工作单位信息", today.minusDays(1), 9, 30, "NORMAL"),
                new Spec("FOLLOW_UP", "跟进还款凭证", today, 11, 0, "NORMAL"),
                new Spec("FOLLOW_UP", "确认分期申请材料", today.plusDays(1), 15, 0, "LOW"),
                new Spec("DOCUMENT_REQUEST", "索取困难证明材料", today.plusDays(5), 10, 0, "LOW"));
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            // one already due was agreed the afternoon before it fell due
            Instant due = run.at(s.day(), s.hour(), s.minute());
            casework.task(tenant, team.agent(), rest.get(i), s.type(), s.title(), due, s.priority(),
                    due.isAfter(run.now) ? null : run.at(s.day().minusDays(1), 16, 0));
            run.counts.add("tasks", 1);
        }
        List<UUID> noted = new ArrayList<>(arranged.subList(0, Math.min(20, arranged.size())));
        noted.addAll(rest.subList(0, Math.min(8, rest.size())));
        for (UUID account : noted) {
            casework.note(tenant, team.agent(), account, NOTES[random.nextInt(NOTES.length)]);
            run.counts.add("notes", 1);
        }
    }

    private void genericPayments(Run run, Random random, List<UUID> pool) {
        List<UUID> reversible = new ArrayList<>();
        for (int i = 0; i < GENERIC_PAYMENTS && i < pool.size(); i++) {
            UUID account = pool.get(i);
            BigDecimal balance = run.balance(account);
            boolean full = random.nextInt(30) == 0;
            BigDecimal amount = full ? balance : part(balance, 0.03, 0.25, random);
            LocalDate day = run.today.minusDays(random.nextInt(14));
            UUID id = run.pay(account, amount, run.paid(day, 8 + random.nextInt(13), random.nextInt(60)),
                    METHODS[random.nextInt(METHODS.length)]);
            if (full) {
                run.counts.add("paidOff", 1);
            }
            else if (reversible.size() < 2 && day.isAfter(run.today.minusDays(7))) {
                reversible.add(id);
            }
        }
        String[] reasons = { "银行退票：付款账户余额不足", "银行退票：付款账户已冻结" };
        for (int i = 0; i < reversible.size(); i++) {
            payments.reverse(run.tenant, ACTOR, reversible.get(i), reasons[i]);
            run.counts.add("reversals", 1);
        }
    }

    /**
     * A bank file for HXCC: three rows for known accounts, four whose account number
     * matches nothing (they wait on /payments/unmatched).
     */
    private void bankFile(Run run, Random random, List<UUID> accounts, List<String> refs) {
        LocalDate day = run.today.minusDays(1);
        StringBuilder csv = new StringBuilder("creditor_ref,amount,paid_at,reference,method\n");
        String stamp = day.toString().replace("-", "");
        for (int i = 0; i < refs.size(); i++) {
            BigDecimal amount = part(run.balance(accounts.get(i)), 0.05, 0.2, random);
            csv.append(refs.get(i))
                .append(',')
                .append(amount.toPlainString())
                .append(',')
                .append(day)
                .append(",HXB")
                .append(stamp)
                .append(String.format("%04d", i + 1))
                .append(",BANK_TRANSFER\n");
        }
        for (int i = 0; i < 4; i++) {
            csv.append("DHXCC-9")
                .append(String.format("%06d", random.nextInt(1_000_000)))
                .append(',')
                .append(200 + random.nextInt(3000))
                .append(".00,")
                .append(day)
                .append(",HXB")
                .append(stamp)
                .append(String.format("%04d", refs.size() + i + 1))
                .append(",BANK_TRANSFER\n");
        }
        PaymentAdministration.FileSummary summary = payments.importFile(run.tenant, ACTOR, "HXCC",
                "hxcc-repayments-" + stamp + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        run.counts.add("payments", summary.posted());
        run.counts.add("unmatched", summary.unmatched());
    }

    /**
     * A part of the balance between {@code lo} and {@code hi}, in whole yuan, below the
     * balance.
     */
    private static BigDecimal part(BigDecimal balance, double lo, double hi, Random random) {
        double fraction = lo + random.nextDouble() * (hi - lo);
        BigDecimal amount = balance.multiply(BigDecimal.valueOf(fraction)).setScale(0, RoundingMode.DOWN);
        if (amount.signum() <= 0 || amount.compareTo(balance) >= 0) {
            return balance.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
        }
        return amount;
    }

}
