package io.recoverydesk.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
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
 * Each client calls with its own blocking keep-alive connection (a plain socket,
 * {@link Connection}) — no shared client whose single selector thread, or shared
 * connection cache, would queue every answer on the client side and add that wait to the
 * server's figures.
 *
 * <p>
 * The clients first loop for the warm-up seconds, then for the measured seconds without a
 * break: the figures are those of the loops whose "next" starts in the measured window.
 * The warm-up's start — all clients opening their connections and asking for a case in
 * the same instant — is printed apart (it was inside the figures until 2026-12-02, when
 * the warm-up was a run of its own).
 *
 * <p>
 * Arguments: base URL, file with one bearer token per line, measured seconds, warm-up
 * seconds (default 0).
 */
public final class WorkLoopBench {

    private static final Pattern ACCOUNT = Pattern.compile("\"accountId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private static final Pattern CHANNEL = Pattern.compile("\"channel\"\\s*:\\s*\"([A-Z_]+)\"");

    /** A "next" slower than this is counted per second of the run (are they bunched?). */
    private static final long SLOW_MS = 50;

    private WorkLoopBench() {
    }

    record Lease(String account, int agent, long from, long to) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> tokens = Files.readAllLines(Path.of(args[1])).stream().filter(t -> !t.isBlank()).toList();
        long seconds = Long.parseLong(args[2]);
        long warmup = args.length > 3 ? Long.parseLong(args[3]) : 0;
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        List<Lease> leases = Collections.synchronizedList(new ArrayList<>());
        AtomicLong loops = new AtomicLong();
        List<Long> warmupNexts = Collections.synchronizedList(new ArrayList<>());
        long wallStart = System.currentTimeMillis();
        long measureFrom = System.nanoTime() + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        // second of the measured run → "next" calls slower than SLOW_MS that started in
        // it
        Map<Long, AtomicLong> slowNexts = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int agent = i;
            String auth = "Bearer " + tokens.get(i);
            Thread worker = new Thread(() -> {
                try (Connection connection = new Connection(URI.create(base), auth)) {
                    List<Long> next = new ArrayList<>();
                    List<Long> record = new ArrayList<>();
                    List<Long> release = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        // a loop counts when its "next" starts in the measured window
                        boolean measured = t0 >= measureFrom;
                        Answer r = connection.call("GET", "/api/v1/work/next", null);
                        long t1 = System.nanoTime();
                        if (measured) {
                            next.add(t1 - t0);
                            if (t1 - t0 > SLOW_MS * 1_000_000L) {
                                count(slowNexts, (t0 - measureFrom) / 1_000_000_000L);
                            }
                            count(statuses, "next " + r.statusCode());
                        }
                        else {
                            warmupNexts.add(t1 - t0);
                        }
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
                        Answer rec = connection.call("POST", "/api/v1/contacts",
                                "{\"accountId\":\"" + account + "\",\"channel\":\"" + channel
                                        + "\",\"direction\":\"OUTBOUND\",\"party\":\"DEBTOR\","
                                        + "\"outcome\":\"NO_ANSWER\",\"durationSeconds\":20}");
                        long t3 = System.nanoTime();
                        long t4 = System.nanoTime();
                        Answer rel = connection.call("POST", "/api/v1/work/" + account + "/release", "");
                        long t5 = System.nanoTime();
                        // every lease is checked, the warm-up's too
                        leases.add(new Lease(account, agent, t1, t4));
                        if (measured) {
                            record.add(t3 - t2);
                            count(statuses, "record " + rec.statusCode());
                            release.add(t5 - t4);
                            count(statuses, "release " + rel.statusCode());
                            loops.incrementAndGet();
                        }
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
        if (warmup > 0) {
            List<Long> values = new ArrayList<>(warmupNexts);
            Collections.sort(values);
            System.out
                .printf("warm-up (%d s, not counted; all clients start at once on fresh connections): next calls %d,"
                        + " p50 %.1f ms, p99 %.1f ms%n", warmup, values.size(), pct(values, 50), pct(values, 99));
        }
        long wallFrom = wallStart + warmup * 1000;
        System.out.println("measured window (epoch ms): " + wallFrom + " " + (wallFrom + seconds * 1000));
        System.out.printf("clients: %d, seconds: %d, loops (next → record → release): %d = %.1f loops/s%n",
                tokens.size(), seconds, loops.get(), loops.get() / (double) seconds);
        for (String call : List.of("next", "record contact", "release")) {
            List<Long> values = new ArrayList<>(latencies.getOrDefault(call, List.of()));
            Collections.sort(values);
            System.out.printf("%-15s calls %7d  %7.1f/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n", call,
                    values.size(), values.size() / (double) seconds, pct(values, 50), pct(values, 95), pct(values, 99));
        }
        System.out.println("statuses: " + new TreeMap<>(statuses));
        long slow = slowNexts.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.println("next slower than " + SLOW_MS + " ms: " + slow + " calls, in " + slowNexts.size() + " of "
                + seconds + " seconds; the worst seconds (second: calls): "
                + slowNexts.entrySet()
                    .stream()
                    .sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()))
                    .limit(8)
                    .map(e -> e.getKey() + ": " + e.getValue())
                    .toList());
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

    private static <K> void count(Map<K, AtomicLong> statuses, K key) {
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

    /**
     * One client's kept-alive HTTP/1.1 connection: a plain socket with Nagle off, written
     * and read by its own thread only. (The JDK's HttpURLConnection shares one
     * synchronized keep-alive cache between all 200 clients; waiting on it counted as
     * server time.)
     */
    private static final class Connection implements AutoCloseable {

        private final String host;

        private final String auth;

        private final URI base;

        private Socket socket;

        private OutputStream out;

        private InputStream in;

        Connection(URI base, String auth) throws IOException {
            this.base = base;
            this.host = base.getHost() + ":" + base.getPort();
            this.auth = auth;
            open();
        }

        /** A new socket (at the start, and when the server closes the connection). */
        private void open() throws IOException {
            if (socket != null) {
                socket.close();
            }
            socket = new Socket(base.getHost(), base.getPort());
            socket.setTcpNoDelay(true);
            out = new BufferedOutputStream(socket.getOutputStream(), 4096);
            in = new BufferedInputStream(socket.getInputStream(), 16384);
        }

        /** One call; the answer's body is read to its end (Content-Length or chunked). */
        Answer call(String method, String path, String json) throws IOException {
            byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(256).append(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(host)
                .append("\r\nAuthorization: ")
                .append(auth)
                .append("\r\nAccept: application/json\r\n");
            if (json != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Integer.parseInt(value);
                }
                else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                }
                else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    // Tomcat ends a kept-alive connection after maxKeepAliveRequests
                    close = true;
                }
            }
            java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0; size = Integer
                    .parseInt(line().split(";")[0].trim(), 16)) {
                    content.write(in.readNBytes(size));
                    line();
                }
                line();
            }
            else if (length > 0) {
                content.write(in.readNBytes(length));
            }
            if (close) {
                open();
            }
            return new Answer(code, content.toString(StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }

    }

}
