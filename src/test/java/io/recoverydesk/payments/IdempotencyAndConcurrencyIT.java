package io.recoverydesk.payments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.recoverydesk.Api;
import io.recoverydesk.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idempotency keys (the same request answers the first answer; another request under the
 * key is 409; racing requests with one new key post once) and 100 payments on one account
 * from 10 threads, exact to the cent.
 */
class IdempotencyAndConcurrencyIT extends PaymentsTestSupport {

    TestTenant tenant;

    PaymentClient agent;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
        agent = new PaymentClient(port, tenant.user(AGENT));
    }

    long paymentRows(String account) {
        return jdbc.sql("select count(*) from payment where tenant_id = ? and account_id = ?")
            .params(tenant.id().value(), UUID.fromString(account))
            .query(Long.class)
            .single();
    }

    @Test
    void theSameKeyAndBodyAnswersTheFirstAnswerAndPostsNothingNew() {
        String account = account(tenant, "C1", "I-1", "1000", "0", "0", "0");
        String key = key();
        Api.Response first = agent.post(key, body(account, "100.00"));
        Api.Response second = agent.post(key, body(account, "100.00"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(paymentRows(account)).isEqualTo(1);
        assertThat(decimal(accountJson(tenant, account).get("balance").get("total"))).isEqualByComparingTo("900");
    }

    @Test
    void theSameKeyWithAnotherBodyOrFromAnotherUserIsAConflict() {
        String account = account(tenant, "C1", "I-2", "1000", "0", "0", "0");
        String key = key();
        assertThat(agent.post(key, body(account, "100.00")).status()).isEqualTo(201);
        Api.Response other = agent.post(key, body(account, "100.01"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body()).contains("idempotency-key-reused");
        Api.Response otherUser = new PaymentClient(port, tenant.user(MANAGER)).post(key, body(account, "100.00"));
        assertThat(otherUser.status()).isEqualTo(409);
        assertThat(paymentRows(account)).isEqualTo(1);
    }

    @Test
    void anInvalidBodyUnderAUsedKeyIsRefusedAsInvalidAndChangesNothing() {
        String account = account(tenant, "C1", "I-4", "1000", "0", "0", "0");
        String key = key();
        assertThat(agent.post(key, body(account, "100.00")).status()).isEqualTo(201);
        Api.Response negative = agent.post(key, body(account, "-5"));
        assertThat(negative.status()).as(negative.body()).isEqualTo(422);
        // the account's currency is checked under its lock, after the key: a conflict
        Map<String, Object> usd = body(account, "100.00");
        usd.put("currency", "USD");
        Api.Response wrongCurrency = agent.post(key, usd);
        assertThat(wrongCurrency.status()).as(wrongCurrency.body()).isEqualTo(409);
        assertThat(wrongCurrency.body()).contains("idempotency-key-reused");
        assertThat(paymentRows(account)).isEqualTo(1);
        assertThat(decimal(accountJson(tenant, account).get("balance").get("total"))).isEqualByComparingTo("900");
    }

    @Test
    void withoutAKeyTheCallIsRefused() {
        String account = account(tenant, "C1", "I-3", "1000", "0", "0", "0");
        Api.Response response = agent.post(null, body(account, "1"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("idempotency-key-required");
        assertThat(paymentRows(account)).isZero();
    }

    @Test
    void racingRequestsWithOneNewKeyPostOnce() throws Exception {
        String account = account(tenant, "C1", "I-4", "1000", "0", "0", "0");
        for (int round = 0; round < 5; round++) {
            String key = key();
            List<Api.Response> answers = race(8, () -> agent.post(key, body(account, "10.00")));
            assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
            assertThat(answers.stream().map(Api.Response::body).distinct()).hasSize(1);
        }
        assertThat(paymentRows(account)).isEqualTo(5);
        assertThat(decimal(accountJson(tenant, account).get("balance").get("total"))).isEqualByComparingTo("950");
    }

    @Test
    void racingRequestsWithOneNewKeyAndAReferencePostOnceAndAllAnswerTheFirstAnswer() throws Exception {
        // the losers find the winner's reference under the lock: they answer its answer
        // (not 409 duplicate-reference)
        String account = account(tenant, "C1", "I-6", "1000", "0", "0", "0");
        for (int round = 0; round < 5; round++) {
            String key = key();
            Map<String, Object> body = body(account, "10.00");
            body.put("reference", "RACE-" + round);
            List<Api.Response> answers = race(8, () -> agent.post(key, body));
            assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
            assertThat(answers.stream().map(Api.Response::body).distinct()).hasSize(1);
        }
        assertThat(paymentRows(account)).isEqualTo(5);
        assertThat(decimal(accountJson(tenant, account).get("balance").get("total"))).isEqualByComparingTo("950");
    }

    @Test
    void aHundredPaymentsFromTenThreadsLoseNothing() throws Exception {
        String account = account(tenant, "C1", "I-5", "50000.00", "1234.56", "99.99", "10.01");
        BigDecimal start = new BigDecimal("51344.56");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Integer>>> futures = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                go.await();
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    // 1.01 … 10.10: amounts with cents, different per payment
                    String amount = new BigDecimal(thread * 10 + i + 1).multiply(new BigDecimal("1.01"))
                        .toPlainString();
                    statuses.add(agent.post(key(), body(account, amount)).status());
                }
                return statuses;
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<List<Integer>> f : futures) {
            statuses.addAll(f.get());
        }
        pool.shutdown();
        assertThat(statuses).hasSize(100).containsOnly(201);
        // sum of 1.01 × (1 … 100) = 1.01 × 5050
        BigDecimal paid = new BigDecimal("5100.50");
        assertThat(paymentRows(account)).isEqualTo(100);
        BigDecimal sum = jdbc.sql("select sum(amount) from payment where tenant_id = ? and account_id = ?")
            .params(tenant.id().value(), UUID.fromString(account))
            .query(BigDecimal.class)
            .single();
        assertThat(sum).isEqualByComparingTo(paid);
        assertThat(decimal(accountJson(tenant, account).get("balance").get("total")))
            .isEqualByComparingTo(start.subtract(paid));
        Map<String, Object> parts = jdbc
            .sql("select principal, interest, fees, penalty from account where tenant_id = ? and id = ?")
            .params(tenant.id().value(), UUID.fromString(account))
            .query()
            .singleRow();
        // penalty and fees are paid off first, then 4990.50 of the interest… which is
        // only 1234.56
        assertThat((BigDecimal) parts.get("penalty")).isEqualByComparingTo("0");
        assertThat((BigDecimal) parts.get("fees")).isEqualByComparingTo("0");
        assertThat((BigDecimal) parts.get("interest")).isEqualByComparingTo("0");
        assertThat((BigDecimal) parts.get("principal")).isEqualByComparingTo("46244.06");
    }

    private static List<Api.Response> race(int threads, java.util.concurrent.Callable<Api.Response> call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Api.Response>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                go.await();
                return call.call();
            }));
        }
        go.countDown();
        List<Api.Response> out = new ArrayList<>();
        for (Future<Api.Response> f : futures) {
            out.add(f.get());
        }
        pool.shutdown();
        return out;
    }

}
