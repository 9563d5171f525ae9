// Posts signed Shopify orders/create webhooks and measures how long each order takes to show in the 360 view.
// Run by scripts/bench-shopify-webhooks (java's single-file launcher, no build needed):
//   java scripts/ShopifyWebhookBench.java BASE_URL API_KEY WORKSPACE SHOP WEBHOOK_SECRET SECONDS CLIENTS
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

public class ShopifyWebhookBench {
    public static void main(String[] args) throws Exception {
        String base = args[0], key = args[1], workspace = args[2], shop = args[3], secret = args[4];
        long seconds = Long.parseLong(args[5]);
        int clients = Integer.parseInt(args[6]);
        HttpClient http = HttpClient.newHttpClient();
        AtomicLong sequence = new AtomicLong();
        List<Long> visibleMs = Collections.synchronizedList(new ArrayList<>());
        AtomicLong posted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        // refused webhooks by status, with the first answer of each, so a failing run says why
        java.util.Map<Integer, AtomicLong> refusedBy = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Map<Integer, String> firstAnswer = new java.util.concurrent.ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        // Sampled orders not yet seen in their 360 view: one thread polls them all (every 20 ms), apart from the
        // clients, so waiting for the copy does not slow the posting down.
        java.util.Queue<long[]> pending = new java.util.concurrent.ConcurrentLinkedQueue<>();
        Thread watcher = new Thread(() -> {
            while (System.nanoTime() < end + 60_000_000_000L && (System.nanoTime() < end || !pending.isEmpty())) {
                for (long[] sample : List.copyOf(pending)) {
                    String email = "bench" + (sample[0] % 500) + "@example.com";
                    try {
                        HttpResponse<String> view = http.send(HttpRequest.newBuilder(URI.create(base
                                        + "/api/v1/customers/" + email + "/360")).header("Authorization", "Bearer " + key)
                                .header("X-Scudo-Workspace", workspace).GET().build(), HttpResponse.BodyHandlers.ofString());
                        if (view.body().contains("\"#W" + sample[0] + "\"")) {
                            visibleMs.add((System.nanoTime() - sample[1]) / 1_000_000);
                            pending.remove(sample);
                        }
                    } catch (Exception e) {
                        firstAnswer.putIfAbsent(-2, e.toString());
                    }
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long n = sequence.incrementAndGet();
                    String email = "bench" + (n % 500) + "@example.com";
                    String body = "{\"id\":" + (100000 + n) + ",\"name\":\"#W" + n + "\",\"email\":\"" + email + "\","
                            + "\"created_at\":\"2026-03-01T10:00:00Z\",\"currency\":\"USD\",\"total_price\":\"42.00\","
                            + "\"total_discounts\":\"0.00\",\"financial_status\":\"paid\",\"source_name\":\"web\","
                            + "\"customer\":{\"id\":" + (n % 500 + 1) + ",\"email\":\"" + email + "\"},"
                            + "\"line_items\":[{\"sku\":\"B-1\",\"title\":\"Bench\",\"quantity\":1,\"price\":\"42.00\"}],\"refunds\":[]}";
                    try {
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/shopify/webhooks"))
                                .header("Content-Type", "application/json").header("X-Shopify-Topic", "orders/create")
                                .header("X-Shopify-Shop-Domain", shop).header("X-Shopify-Webhook-Id", "bench-" + n)
                                .header("X-Shopify-Hmac-Sha256", sign(secret, body))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            failed.incrementAndGet();
                            refusedBy.computeIfAbsent(r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                            firstAnswer.putIfAbsent(r.statusCode(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
                            continue;
                        }
                        posted.incrementAndGet();
                        // every 10th order: the watcher polls its 360 view, so this client keeps posting
                        if (n % 10 == 0) {
                            pending.add(new long[] {n, t0});
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        firstAnswer.putIfAbsent(-1, e.toString());
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        watcher.join();
        if (!pending.isEmpty()) {
            System.out.printf("  %d sampled orders not in the 360 view a minute after the run%n", pending.size());
        }
        List<Long> sorted = new ArrayList<>(visibleMs);
        Collections.sort(sorted);
        System.out.printf("webhooks acknowledged: %d in %.1f s = %.1f webhooks/s (%d failed), %d clients%n",
                posted.get(), elapsed, posted.get() / elapsed, failed.get(), clients);
        refusedBy.forEach((status, count) -> System.out.printf("  HTTP %d: %d, first answer: %s%n", status, count.get(),
                firstAnswer.get(status)));
        if (firstAnswer.containsKey(-1)) {
            System.out.println("  first client error: " + firstAnswer.get(-1));
        }
        if (!sorted.isEmpty()) {
            System.out.printf("webhook sent -> order in the 360 view: p50 %d ms, p99 %d ms (%d orders sampled)%n",
                    sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))),
                    sorted.size());
        }
    }

    static String sign(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
