package com.scudo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator of scripts/bench-ingest: CLIENTS threads post orders (one a request, or {@code --batch} a request)
 * to a running server over loopback for SECONDS, after a warm-up that lasts until the JIT compiler has settled, while one more thread pings the health endpoint in the same run; then it waits until the outbox is
 * worked off and prints acknowledged orders/s, p50/p99 latency, the ping's, and the refresh lag the server measured.
 * Figures, not a test.
 */
@Command(name = "bench-ingest", hidden = true, description = "Benchmark: post orders from concurrent clients and print orders/s, latency and refresh lag.")
class BenchIngestCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long PING_INTERVAL_NANOS = Duration.ofMillis(50).toNanos();
    private static final int WARMUP_ROUND_SECONDS = 15;
    private static final double SETTLED_COMPILER_SHARE = 0.10;

    /** The server under load, its key and the workspace ("bench" unless named). */
    @Mixin
    ServerOptions connection = new ServerOptions();
    private String server;
    private String apiKey;
    private String workspace;

    @Option(names = "--clients", defaultValue = "8")
    int clients;

    @Option(names = "--seconds", defaultValue = "30")
    int seconds;

    @Option(names = "--warmup", defaultValue = "60",
            description = "Seconds of posting with fitted models before the measured run, so that the figures are of "
                    + "compiled code (on 2 cores the JIT compiler still takes half the CPU 30 s in).")
    int warmup;

    @Option(names = "--warmup-max", defaultValue = "300",
            description = "Warm-up goes on past --warmup, 15 s at a time, while the JIT compiler takes more than a tenth "
                    + "of the server's CPU, up to this many seconds in all (needs --server-pid).")
    int warmupMax;

    @Option(names = "--batch", defaultValue = "1",
            description = "Orders per request: 1 posts each to /api/v1/orders, more post them together to /api/v1/orders/batch.")
    int batch;

    @Option(names = "--customers", defaultValue = "1000")
    int customers;

    @Option(names = "--label", defaultValue = "")
    String label;

    @Option(names = "--server-pid", defaultValue = "0",
            description = "The server's process id on this machine: adds the CPU time per order of the server, of the "
                    + "PostgreSQL backends serving --database and of this client, read from /proc.")
    long serverPid;

    @Option(names = "--database", defaultValue = "")
    String database;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Integer call() throws Exception {
        server = connection.namedServer();
        apiKey = connection.apiKey();
        if (server == null || apiKey == null) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "bench-ingest posts to a running server: give --server and --api-key (or SCUDO_SERVER, SCUDO_API_KEY)");
        }
        workspace = connection.workspace == null ? "bench" : connection.workspace;
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int c = 0; c < customers; c++) {
            send("PUT", "/api/v1/customers/b" + run + "-" + c, "{\"name\":\"Bench " + c + "\",\"email\":\"b" + run + "-" + c
                    + "@example.com\"}");
        }
        send("POST", "/api/v1/sync/replay", "{}");
        warmUp(run);
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        int[] orderCounts = new int[clients];
        AtomicLong failures = new AtomicLong();
        long[] pings = new long[2_000_000];
        int[] pingCount = {0};
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(clients + 1);
        for (int t = 0; t < clients; t++) {
            int client = t;
            start(() -> {
                long[] mine = new long[1 << 20];
                int n = 0;
                int sent = 0;
                while (System.nanoTime() < deadline && n < mine.length) {
                    long start = System.nanoTime();
                    try {
                        if (!postOrders(run + "-", run, client, sent, "2026-11", true)) {
                            failures.addAndGet(batch);
                        }
                    } catch (Exception e) {
                        failures.addAndGet(batch);
                    }
                    sent += batch;
                    mine[n++] = System.nanoTime() - start;
                }
                latencies[client] = mine;
                counts[client] = n;
                orderCounts[client] = sent;
                done.countDown();
            });
        }
        start(() -> {
            while (System.nanoTime() < deadline && pingCount[0] < pings.length) {
                long start = System.nanoTime();
                // Paced: the ping shows how the server answers under the load, without being part of the load.
                long next = start + PING_INTERVAL_NANOS;
                try {
                    http.send(HttpRequest.newBuilder(URI.create(server + "/actuator/health/ping")).build(),
                            HttpResponse.BodyHandlers.discarding());
                } catch (Exception ignored) {
                    // counted as a slow ping
                }
                pings[pingCount[0]++] = System.nanoTime() - start;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
            }
            done.countDown();
        });
        long started = System.nanoTime();
        CpuTimes cpuBefore = CpuTimes.read(serverPid, database);
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        CpuTimes cpu = CpuTimes.read(serverPid, database).minus(cpuBefore);
        long requests = Arrays.stream(counts).sum();
        long total = Arrays.stream(orderCounts).sum();
        long[] all = new long[(int) requests];
        int at = 0;
        for (int t = 0; t < clients; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        long[] ping = Arrays.copyOf(pings, pingCount[0]);
        Arrays.sort(ping);
        long drainStart = System.nanoTime();
        JsonNode status = waitForOutbox();
        double drain = (System.nanoTime() - drainStart) / 1e9;
        JsonNode lags = status.get("lags");
        System.out.printf(Locale.ROOT, "%sclients=%d batch=%d seconds=%.1f orders=%d failed=%d orders_per_s=%.0f "
                        + "requests_per_s=%.0f p50_ms=%.1f p99_ms=%.1f ping_per_s=%.0f ping_p50_ms=%.2f ping_p99_ms=%.2f refresh_lag_p50_ms=%.0f refresh_lag_p99_ms=%.0f "
                        + "copy_lag_p99_ms=%.0f drained_after_s=%.1f%n",
                label.isEmpty() ? "" : label + " ", clients, batch, elapsed, total, failures.get(),
                (total - failures.get()) / elapsed, requests / elapsed, ms(all, 0.50), ms(all, 0.99), ping.length / elapsed, ms(ping, 0.50), ms(ping, 0.99),
                lags.get("refreshP50Ms").asDouble(), lags.get("refreshP99Ms").asDouble(), lags.get("copyP99Ms").asDouble(), drain);
        if (serverPid > 0 && total > 0) {
            // CPU per order is what bounds throughput on a busy machine: cores / (CPU per order) is the ceiling.
            double perOrder = cpu.totalMs() / total;
            System.out.printf(Locale.ROOT, "%scpu_ms_per_order=%.2f server=%.2f postgres=%.2f client=%.2f "
                            + "cpu_bound_orders_per_s=%.0f (%d cores; pings included) jit_compiler_share_of_server=%.0f%%%n",
                    label.isEmpty() ? "" : label + " ", perOrder, cpu.serverMs() / total, cpu.postgresMs() / total,
                    cpu.clientMs() / total, Runtime.getRuntime().availableProcessors() * 1000 / perOrder,
                    Runtime.getRuntime().availableProcessors(), 100 * cpu.compilerShare());
        }
        return 0;
    }

    /**
     * Unmeasured: a few seconds of orders, a full analytics run that fits the models on them, then {@code warmup}
     * seconds of the same requests as the run, each waited for until the outbox is worked off.
     */
    private void warmUp(String run) throws Exception {
        // A history to fit first, then the warm-up proper with fitted models: each refresh then really re-scores,
        // so that code is compiled too before the measured run.
        post(run, "s", Math.min(5, warmup));
        waitForOutbox();
        HttpResponse<String> fitted = send("POST", "/api/v1/analytics/runs?wait=true", "{}");
        if (fitted.statusCode() != 200) {
            throw new IllegalStateException("The analytics run before the benchmark answered " + fitted.statusCode() + ": "
                    + fitted.body());
        }
        post(run, "w", warmup);
        // A server this size keeps compiling for minutes on 2 cores: measure once the compiler has mostly settled.
        for (int warmed = warmup; serverPid > 0 && warmed < warmupMax; warmed += WARMUP_ROUND_SECONDS) {
            CpuTimes before = CpuTimes.read(serverPid, database);
            post(run, "w" + warmed + "-", WARMUP_ROUND_SECONDS);
            double share = CpuTimes.read(serverPid, database).minus(before).compilerShare();
            System.err.printf(Locale.ROOT, "warm-up %d s: the JIT compiler took %.0f%% of the server's CPU in the last %d s%n",
                    warmed + WARMUP_ROUND_SECONDS, 100 * share, WARMUP_ROUND_SECONDS);
            if (share < SETTLED_COMPILER_SHARE) {
                break;
            }
        }
        waitForOutbox();
    }

    /** Unmeasured posting by every client for the given seconds (ids prefixed so runs never collide). */
    private void post(String run, String prefix, int forSeconds) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(forSeconds).toNanos();
        CountDownLatch warm = new CountDownLatch(clients);
        for (int t = 0; t < clients; t++) {
            int client = t;
            start(() -> {
                for (int n = 0; System.nanoTime() < until; n += batch) {
                    try {
                        postOrders(prefix + run + "-", run, client, n, "2026-10", false);
                    } catch (Exception ignored) {
                        // a warm-up request is not counted
                    }
                }
                warm.countDown();
            });
        }
        warm.await();
    }

    /**
     * Client {@code client}'s orders from its {@code first}-th: one to /orders, or {@code batch} of them to /orders/batch.
     * True when every order was acknowledged.
     */
    private boolean postOrders(String idPrefix, String run, int client, int first, String month, boolean measured)
            throws Exception {
        if (batch == 1) {
            return send("POST", "/api/v1/orders", order(idPrefix + client + "-" + first, run, client, first, month,
                    measured ? "SKU-" + first % 50 : "SKU-1")).statusCode() == 201;
        }
        StringBuilder body = new StringBuilder("{\"orders\":[");
        for (int n = first; n < first + batch; n++) {
            body.append(n == first ? "" : ",").append(order(idPrefix + client + "-" + n, run, client, n, month,
                    measured ? "SKU-" + n % 50 : "SKU-1"));
        }
        return send("POST", "/api/v1/orders/batch", body.append("]}").toString()).statusCode() == 200;
    }

    /** Client {@code client}'s n-th order: spread over the customers, the days of {@code month} and 190 amounts. */
    private String order(String id, String run, int client, int n, String month, String sku) {
        return """
                {"id":"%s","customerId":"b%s-%d","orderedAt":"%s-%02dT10:00:00Z","amount":%d.90,"currency":"USD",
                 "channel":"web","items":[{"sku":"%s","category":"home","quantity":1,"unitPrice":%d.90}]}"""
                .formatted(id, run, (client * 7919 + n * 31) % customers, month, 1 + n % 28, 10 + n % 190, sku,
                        10 + n % 190);
    }

    private static void start(Runnable work) {
        Thread thread = new Thread(work, "bench-client");
        thread.setDaemon(true);
        thread.start();
    }

    private JsonNode waitForOutbox() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (true) {
            JsonNode status = JSON.readTree(send("GET", "/api/v1/sync/status", null).body());
            if ((status.get("copyBacklog").asLong() == 0 && status.get("refreshBacklog").asLong() == 0)
                    || System.nanoTime() > deadline) {
                return status;
            }
            Thread.sleep(100);
        }
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + apiKey).header("X-Scudo-Workspace", workspace);
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
