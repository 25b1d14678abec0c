package io.recoverydesk.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.RecoveryDeskApplication;
import io.recoverydesk.compliance.ContactDoor;
import io.recoverydesk.compliance.policy.Channel;
import io.recoverydesk.compliance.policy.ContactHistory;
import io.recoverydesk.compliance.policy.ContactPolicy;
import io.recoverydesk.compliance.policy.ContactRequest;
import io.recoverydesk.compliance.policy.DebtorFacts;
import io.recoverydesk.compliance.policy.Direction;
import io.recoverydesk.compliance.policy.LedgerEntry;
import io.recoverydesk.compliance.policy.Outcome;
import io.recoverydesk.compliance.policy.Party;
import io.recoverydesk.compliance.policy.RulePacks;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.TenantId;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In-process latency of the compliance door (bench/door-benchmark.sh runs it): the rule
 * engine alone on a year of history, and the whole door (ledger slice, holds, facts from
 * the database) against the benchmark database. Prints percentiles; asserts nothing.
 */
public final class DoorLatencyBench {

    private DoorLatencyBench() {
    }

    public static void main(String[] args) {
        engineOnly();
        SpringApplication app = new SpringApplication(RecoveryDeskApplication.class);
        try (ConfigurableApplicationContext context = app.run("--rd.demo.enabled=false", "--server.port=0",
                "--logging.level.root=WARN")) {
            wholeDoor(context);
        }
    }

    /** The engine deciding from the 30-day slice of a year with eight contacts a day. */
    static void engineOnly() {
        ContactPolicy policy = new ContactPolicy();
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        UUID account = UUID.randomUUID();
        UUID debtor = UUID.randomUUID();
        UUID phone = UUID.randomUUID();
        Instant at = Instant.parse("2026-06-03T02:00:00Z");
        List<LedgerEntry> year = new ArrayList<>();
        Outcome[] outcomes = Outcome.values();
        for (int i = 0; i < 365 * 8; i++) {
            year.add(new LedgerEntry(account, debtor, Channel.CALL, Direction.OUTBOUND, Party.DEBTOR, phone,
                    at.minus(Duration.ofMinutes(17 + i * 181L)), outcomes[i % outcomes.length], null));
        }
        Instant from = at.minus(policy.lookback());
        ContactHistory slice = new ContactHistory(year.stream().filter(e -> !e.startedAt().isBefore(from)).toList(),
                Map.of());
        DebtorFacts facts = new DebtorFacts(Set.of(shanghai), Set.of(phone), Set.of(), null);
        int rounds = 200_000;
        long[] nanos = new long[rounds];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < rounds; i++) {
                ContactRequest request = ContactRequest.callDebtor(account, debtor, phone, at.plusSeconds(i % 36_000));
                long t0 = System.nanoTime();
                policy.decide(request, i % 2 == 0 ? RulePacks.cn() : RulePacks.us(), facts, slice, List.of());
                nanos[i] = System.nanoTime() - t0;
            }
        }
        print("engine only (" + year.size() + " entries in the year, " + slice.entries().size() + " in the slice)",
                nanos);
    }

    /**
     * The door's check as an API call makes it, on random accounts with a year of ledger.
     */
    static void wholeDoor(ConfigurableApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        ContactDoor door = context.getBean(ContactDoor.class);
        UUID tenant = jdbc.sql("select id from tenant where code = 'main'").query(UUID.class).single();
        UUID admin = jdbc.sql("select id from app_user where username = 'admin'").query(UUID.class).single();
        CurrentUser user = new CurrentUser(new TenantId(tenant), admin, "admin", "admin", Set.of(Role.ADMIN), null,
                null);
        List<UUID> accounts = jdbc.sql("select id from account where tenant_id = ? order by id")
            .param(tenant)
            .query(UUID.class)
            .list();
        long entries = jdbc.sql("select count(*) from contact_ledger").query(Long.class).single();
        int rounds = 20_000;
        long[] nanos = new long[rounds];
        Instant at = Instant.now();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < rounds; i++) {
                UUID account = accounts.get((i * 7919) % accounts.size());
                long t0 = System.nanoTime();
                door.check(user, new ContactDoor.Check(account, Channel.CALL, null, Party.DEBTOR, at, null));
                nanos[i] = System.nanoTime() - t0;
            }
        }
        print("whole door, PostgreSQL (" + accounts.size() + " accounts, " + entries + " ledger entries)", nanos);
    }

    static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  p99.9 %.3f ms  max %.3f ms  (n=%d)%n", what,
                ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), ms(sorted, 0.999),
                sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
    }

}
