package io.recoverydesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Payment posting over HTTP (bench/work-benchmark.sh runs it after the work loop): each
 * client posts 1.00 payments to random accounts with a fresh Idempotency-Key; every tenth
 * request repeats the client's previous request with the same key and body, which must
 * answer the first result and post nothing. Prints payments/s and p50/p95/p99; the script
 * then compares the payment rows with the keys that were accepted. Asserts nothing.
 *
 * <p>
 * Arguments: base URL, bearer token, file with one account id per line, clients, seconds,
 * output file for the accepted keys.
 */
public final class PaymentPostBench {

    private PaymentPostBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Bearer " + args[1];
        List<String> accounts = Files.readAllLines(Path.of(args[2])).stream().filter(a -> !a.isBlank()).toList();
        int clients = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        Path keysOut = Path.of(args[5]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong replays = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        String paidAt = Instant.now().minus(Duration.ofDays(1)).toString();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Thread worker = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                try {
                    String lastKey = null;
                    String lastBody = null;
                    int n = 0;
                    while (System.nanoTime() < end) {
                        boolean replay = lastKey != null && ++n % 10 == 0;
                        String key = replay ? lastKey : UUID.randomUUID().toString();
                        String body = replay ? lastBody
                                : "{\"accountId\":\""
                                        + accounts.get(ThreadLocalRandom.current().nextInt(accounts.size()))
                                        + "\",\"amount\":\"1.00\",\"currency\":\"CNY\",\"paidAt\":\"" + paidAt
                                        + "\",\"method\":\"BANK_TRANSFER\",\"reference\":\"B-" + key + "\"}";
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/payments"))
                            .header("Authorization", auth)
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(), HttpResponse.BodyHandlers.ofString());
                        mine.add(System.nanoTime() - t0);
                        statuses.computeIfAbsent((replay ? "replay " : "post ") + r.statusCode(), k -> new AtomicLong())
                            .incrementAndGet();
                        if (replay) {
                            replays.incrementAndGet();
                        }
                        else if (r.statusCode() / 100 == 2) {
                            accepted.add(key);
                            lastKey = key;
                            lastBody = body;
                        }
                    }
                }
                catch (Exception ex) {
                    System.err.println("client stopped: " + ex);
                }
                finally {
                    latencies.addAll(mine);
                    done.countDown();
                }
            });
            worker.start();
        }
        done.await();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "payments: %d clients, %d s: %d posted (%.0f payments/s), %d replays; all requests "
                        + "%.0f/s  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms%n",
                clients, seconds, accepted.size(), accepted.size() / (double) seconds, replays.get(),
                sorted.size() / (double) seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
        System.out.println("statuses: " + new TreeMap<>(statuses));
        Files.write(keysOut, accepted);
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1_000_000.0;
    }

}
