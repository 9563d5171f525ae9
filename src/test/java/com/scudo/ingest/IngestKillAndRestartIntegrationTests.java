package com.scudo.ingest;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import com.scudo.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the server (kill -9) while 8 clients post orders and a segment has just been created, starts it again
 * and checks that every acknowledged order is in both stores exactly once, and every acknowledged segment
 * with its audit event. On the embedded default (H2 file, DynamoDB Local on disk) and on PostgreSQL.
 */
class IngestKillAndRestartIntegrationTests {
    private static final int CLIENTS = 8;
    private static final int CUSTOMERS = 20;
    private static final int ACKS_BEFORE_KILL = 300;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void nothingAcknowledgedIsLostOnTheEmbeddedDefault() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("h2/analytics").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        killAndCheck(url, List.of("--spring.datasource.url=" + url));
    }

    @Test
    void nothingAcknowledgedIsLostOnPostgres() throws Exception {
        String url = PostgresTestDatabase.newDatabase();
        killAndCheck(url, List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password="));
    }

    private void killAndCheck(String jdbcUrl, List<String> sqlStore) throws Exception {
        List<String> stores = new ArrayList<>(sqlStore);
        stores.addAll(List.of("--scudo.dynamodb.mode=embedded", "--scudo.dynamodb.data-dir=" + dir.resolve("dynamodb")));
        ServerProcess server = new ServerProcess(dir, stores);
        server.command("workspaces", "create", "killed", "--name", "Killed shop");
        server.start();
        // The first key the way an operator makes it while the server runs: one more process opening the stores
        // (a whole application start) would only make the test slower.
        String[] lines = server.commandThroughServer("api-keys", "create", "--workspace", "killed", "--scope", "admin")
                .strip().split("\n");
        String key = lines[lines.length - 1].strip();
        for (int c = 0; c < CUSTOMERS; c++) {
            assertThat(send(server, key, "PUT", "/api/v1/customers/cust-" + c,
                    "{\"name\":\"Customer " + c + "\",\"email\":\"c" + c + "@example.com\"}")).isIn(200, 201);
        }

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> segments = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Throwable> problem = new java.util.concurrent.atomic.AtomicReference<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int t = 0; t < CLIENTS; t++) {
            int client = t;
            clients.submit(() -> {
                for (int n = 0; running.get(); n++) {
                    String id = "o-" + client + "-" + n;
                    String body = """
                            {"id":"%s","customerId":"cust-%d","orderedAt":"2026-11-%02dT10:00:00Z","amount":%d.50,
                             "currency":"USD","items":[{"sku":"S","category":"home","quantity":1,"unitPrice":%d.50}]}"""
                            .formatted(id, (client * 7 + n) % CUSTOMERS, 1 + n % 28, 10 + n % 90, 10 + n % 90);
                    try {
                        if (send(server, key, "POST", "/api/v1/orders", body) == 201) {
                            acknowledged.add(id);
                        }
                        sent.incrementAndGet();
                        if (client == 0 && n % 25 == 0) {
                            HttpResponse<String> segment = exchange(server, key, "POST", "/api/v1/segments",
                                    "{\"name\":\"Kill " + n + "\",\"rule\":\"orders >= 2\"}");
                            java.util.regex.Matcher segmentId = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"")
                                    .matcher(segment.body());
                            if (segment.statusCode() == 201 && segmentId.find()) {
                                segments.add(segmentId.group(1));
                            } else if (segment.statusCode() != 201) {
                                throw new AssertionError("segment not created: " + segment.statusCode() + " " + segment.body());
                            }
                        }
                    } catch (java.io.IOException | InterruptedException killed) {
                        return; // the server is gone
                    } catch (Exception | AssertionError e) {
                        problem.set(e);
                        return;
                    }
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while ((acknowledged.size() < ACKS_BEFORE_KILL || segments.isEmpty()) && System.nanoTime() < deadline
                && problem.get() == null) {
            Thread.sleep(20);
        }
        server.kill();
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        assertThat(problem.get()).isNull();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        assertThat(segments).isNotEmpty();

        server.start(); // the restart copies and re-scores whatever the outbox still holds
        assertThat(send(server, key, "POST", "/api/v1/sync/replay", "{}")).isEqualTo(200);
        server.stop();

        Set<String> analytical = strings(jdbcUrl, "select order_id from order_facts where workspace_id = 'killed'");
        assertThat(analytical).containsAll(acknowledged);
        assertThat(strings(jdbcUrl, "select order_id from order_ledger where workspace_id = 'killed'")).containsAll(acknowledged);
        assertThat(strings(jdbcUrl, "select seq from recording_outbox")).as("the outbox is worked off").isEmpty();
        Set<String> audited = strings(jdbcUrl, "select subject_id from audit_events where action = 'segment.created'");
        assertThat(audited).as("each acknowledged segment has its audit event").containsAll(segments);
        assertThat(strings(jdbcUrl, "select segment_id from segments where workspace_id = 'killed'")).containsAll(segments);

        AmazonDynamoDBLocal local = DynamoDBEmbedded.create(dir.resolve("dynamodb/operational.db").toFile(), true);
        try {
            List<String> operational = new ArrayList<>();
            scan(local, "orders").forEach(item -> operational.add(item.get("order_id").s()));
            assertThat(new HashSet<>(operational)).as("each order once, under one customer").hasSize(operational.size());
            assertThat(new HashSet<>(operational)).isEqualTo(analytical);
            long counted = 0;
            for (Map<String, AttributeValue> item : scan(local, "realtime_metrics")) {
                if (item.get("metric_key").s().startsWith("CUSTOMER#") && item.containsKey("orders")) {
                    counted += Long.parseLong(item.get("orders").n());
                }
            }
            assertThat(counted).as("the real-time counters count each order once").isEqualTo(analytical.size());
        } finally {
            local.shutdown();
        }
    }

    private int send(ServerProcess server, String key, String method, String path, String json) throws Exception {
        return exchange(server, key, method, path, json).statusCode();
    }

    private HttpResponse<String> exchange(ServerProcess server, String key, String method, String path, String json)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.base() + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .header("X-Scudo-Workspace", "killed").timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Set<String> strings(String url, String sql) throws Exception {
        Set<String> values = new HashSet<>();
        try (Connection c = url.startsWith("jdbc:h2") ? DriverManager.getConnection(url, "sa", "") : DriverManager.getConnection(url);
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    private static List<Map<String, AttributeValue>> scan(AmazonDynamoDBLocal local, String table) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder request = ScanRequest.builder().tableName(table);
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            ScanResponse response = local.dynamoDbClient().scan(request.build());
            items.addAll(response.items());
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }
}
