package io.recoverydesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agents' loop over HTTP (bench/work-benchmark.sh runs it): each client is one agent
 * with a bearer token and loops next case → record a contact → release for the given
 * seconds. Prints throughput and p50/p95/p99 per call, then checks from the clients' own
 * observations that no account was ever held by two agents at once (each lease is the
 * interval from the answer of "next" to the sending of "release", inside the server's
 * lease). Asserts nothing; prints figures.
 *
 * <p>
 * Each client calls with its own blocking keep-alive connection
 * ({@link HttpURLConnection}) — no shared client whose single selector thread would queue
 * every answer on the client side and add that wait to the server's figures.
 *
 * <p>
 * Arguments: base URL, file with one bearer token per line, seconds.
 */
public final class WorkLoopBench {

    private static final Pattern ACCOUNT = Pattern.compile("\"accountId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private static final Pattern CHANNEL = Pattern.compile("\"channel\"\\s*:\\s*\"([A-Z_]+)\"");

    private WorkLoopBench() {
    }

    record Lease(String account, int agent, long from, long to) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> tokens = Files.readAllLines(Path.of(args[1])).stream().filter(t -> !t.isBlank()).toList();
        long seconds = Long.parseLong(args[2]);
        // one kept-alive connection per client (the JDK keeps only 5 per host by default)
        System.setProperty("http.maxConnections", Integer.toString(tokens.size() + 10));
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        List<Lease> leases = Collections.synchronizedList(new ArrayList<>());
        AtomicLong loops = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int agent = i;
            String auth = "Bearer " + tokens.get(i);
            Thread worker = new Thread(() -> {
                try {
                    List<Long> next = new ArrayList<>();
                    List<Long> record = new ArrayList<>();
                    List<Long> release = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        Answer r = call("GET", base + "/api/v1/work/next", auth, null);
                        long t1 = System.nanoTime();
                        next.add(t1 - t0);
                        count(statuses, "next " + r.statusCode());
                        if (r.statusCode() != 200) {
                            Thread.sleep(200);
                            continue;
                        }
                        Matcher m = ACCOUNT.matcher(r.body());
                        Matcher c = CHANNEL.matcher(r.body());
                        if (!m.find()) {
                            continue;
                        }
                        String account = m.group(1);
                        String channel = c.find() ? c.group(1) : "CALL";
                        long t2 = System.nanoTime();
                        Answer rec = call("POST", base + "/api/v1/contacts", auth,
                                "{\"accountId\":\"" + account + "\",\"channel\":\"" + channel
                                        + "\",\"direction\":\"OUTBOUND\",\"party\":\"DEBTOR\","
                                        + "\"outcome\":\"NO_ANSWER\",\"durationSeconds\":20}");
                        long t3 = System.nanoTime();
                        record.add(t3 - t2);
                        count(statuses, "record " + rec.statusCode());
                        long t4 = System.nanoTime();
                        Answer rel = call("POST", base + "/api/v1/work/" + account + "/release", auth, "");
                        release.add(System.nanoTime() - t4);
                        count(statuses, "release " + rel.statusCode());
                        leases.add(new Lease(account, agent, t1, t4));
                        loops.incrementAndGet();
                    }
                    latencies.computeIfAbsent("next", k -> Collections.synchronizedList(new ArrayList<>()))
                        .addAll(next);
                    latencies.computeIfAbsent("record contact", k -> Collections.synchronizedList(new ArrayList<>()))
                        .addAll(record);
                    latencies.computeIfAbsent("release", k -> Collections.synchronizedList(new ArrayList<>()))
                        .addAll(release);
                }
                catch (Exception ex) {
                    System.err.println("client " + agent + " stopped: " + ex);
                }
                finally {
                    done.countDown();
                }
            });
            worker.start();
        }
        done.await();
        System.out.printf("clients: %d, seconds: %d, loops (next → record → release): %d = %.1f loops/s%n",
                tokens.size(), seconds, loops.get(), loops.get() / (double) seconds);
        for (String call : List.of("next", "record contact", "release")) {
            List<Long> values = new ArrayList<>(latencies.getOrDefault(call, List.of()));
            Collections.sort(values);
            System.out.printf("%-15s calls %7d  %7.1f/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n", call,
                    values.size(), values.size() / (double) seconds, pct(values, 50), pct(values, 95), pct(values, 99));
        }
        System.out.println("statuses: " + new TreeMap<>(statuses));
        System.out.println("leased twice at once: " + overlaps(leases) + " (of " + leases.size() + " leases)");
    }

    static long overlaps(List<Lease> leases) {
        Map<String, List<Lease>> byAccount = new TreeMap<>();
        for (Lease lease : leases) {
            byAccount.computeIfAbsent(lease.account(), k -> new ArrayList<>()).add(lease);
        }
        long overlaps = 0;
        for (List<Lease> list : byAccount.values()) {
            list.sort((a, b) -> Long.compare(a.from(), b.from()));
            for (int i = 1; i < list.size(); i++) {
                Lease before = list.get(i - 1);
                Lease after = list.get(i);
                if (after.from() < before.to() && after.agent() != before.agent()) {
                    overlaps++;
                }
            }
        }
        return overlaps;
    }

    private static void count(Map<String, AtomicLong> statuses, String key) {
        statuses.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    private record Answer(int statusCode, String body) {
    }

    /** One call on this thread's kept-alive connection; the body is read to the end. */
    private static Answer call(String method, String url, String auth, String json) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestMethod(method);
        c.setRequestProperty("Authorization", auth);
        if (json != null) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            c.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
        }
        int status = c.getResponseCode();
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        if (in == null) {
            return new Answer(status, "");
        }
        try (in) {
            return new Answer(status, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

}
