package com.scudo.platform.fuzz;

import com.scudo.platform.fuzz.OpenApiOperations.Operation;
import com.scudo.platform.fuzz.OpenApiOperations.Parameter;
import com.scudo.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the OpenAPI description ({@code /v3/api-docs}) called with seeded random and edge values in
 * its path, query and JSON body, as a workspace admin: no answer may be a server error, and every error must be a
 * problem detail under 4 KB. Settings (system properties): {@code scudo.fuzz.requests} per run (default 5,000, so
 * 10,000 over H2 and PostgreSQL), {@code scudo.fuzz.seed}, {@code scudo.fuzz.seconds} (time budget for sending, default 80),
 * {@code scudo.fuzz.threads} (senders, default 3).
 */
abstract class ApiFuzzScenarios {
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final int MAX_PROBLEM_BYTES = 4096;
    /** Operations that take seconds (the demo shop's load, the sync's replay): called in one round of ten. */
    private static final java.util.Set<String> HEAVY = java.util.Set.of("POST /api/v1/demo-data", "POST /api/v1/sync/replay");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyOperationAnswersWithoutServerErrorsAndWithSmallProblemDetails() {
        int requests = Integer.getInteger("scudo.fuzz.requests", 5_000);
        long seed = Long.getLong("scudo.fuzz.seed", 20_261_206L);
        String workspace = "fuzz-" + UUID.randomUUID().toString().substring(0, 8);
        Api api = new Api(port, workspace);
        String key = com.scudo.support.TestAccounts.at(port).adminKey(workspace);
        List<String> knownIds = seedData(api);

        JsonNode description = api.get("/v3/api-docs").json();
        List<Operation> operations = OpenApiOperations.read(description);
        assertThat(operations).as("operations in the OpenAPI description").hasSizeGreaterThan(30);
        FuzzValues values = new FuzzValues(seed, description, knownIds);

        // The requests are drawn first, in order from the seed; then sent by a few threads so the server's cores work.
        List<Operation> called = new ArrayList<>();
        List<HttpRequest> planned = new ArrayList<>();
        for (long turn = 0; planned.size() < requests; turn++) {
            Operation operation = operations.get((int) (turn % operations.size()));
            if (HEAVY.contains(operation.toString()) && turn / operations.size() % 10 != 0) {
                continue;
            }
            called.add(operation);
            planned.add(build(operation, values, workspace, key));
        }
        Map<Integer, Integer> byStatus = new java.util.concurrent.ConcurrentSkipListMap<>();
        Map<String, Integer> perOperation = new java.util.concurrent.ConcurrentSkipListMap<>();
        Map<String, Long> millis = new java.util.concurrent.ConcurrentSkipListMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.getLong("scudo.fuzz.seconds", 80)).toNanos();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < planned.size() && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                HttpRequest request = planned.get(i);
                String operation = called.get(i).toString();
                long started = System.nanoTime();
                Answer answer = send(request);
                millis.merge(operation, (System.nanoTime() - started) / 1_000_000, Long::sum);
                byStatus.merge(answer.status, 1, Integer::sum);
                perOperation.merge(operation, 1, Integer::sum);
                done.incrementAndGet();
                String problem = judge(answer);
                if (problem != null && failures.size() < 50) {
                    failures.add(problem + ": " + abbreviate(request.method() + " " + request.uri().getRawPath()
                            + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery()))
                            + " -> " + answer.status + " " + answer.contentType + " " + abbreviate(answer.body));
                }
            }
        };
        int threads = Integer.getInteger("scudo.fuzz.threads", 3);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.execute(worker);
        }
        pool.shutdown();
        try {
            assertThat(pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int sent = done.get();
        System.out.printf("API fuzz (seed %d, %d threads): %d requests over %d operations, answers by status %s%n",
                seed, threads, sent, operations.size(), byStatus);
        millis.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.printf("  %6d ms in %d calls of %s%n", e.getValue(), perOperation.get(e.getKey()), e.getKey()));
        assertThat(failures).as("server errors, or errors that are no small problem detail").isEmpty();
        assertThat(perOperation).as("every operation was called").hasSize(operations.size());
        if (sent < requests) {
            System.out.printf("API fuzz: the %d s budget ended the run after %d of %d requests%n",
                    Long.getLong("scudo.fuzz.seconds", 80), sent, requests);
        }
    }

    /** Customers, orders and a segment to aim at, so that known ids reach past "not found". */
    private static List<String> seedData(Api api) {
        List<String> ids = new ArrayList<>();
        for (int c = 1; c <= 5; c++) {
            assertThat(api.post("/api/v1/customers", "{\"id\": \"c-" + c + "\", \"name\": \"Customer " + c
                    + "\", \"email\": \"c" + c + "@example.com\"}").status()).isBetween(200, 201);
            ids.add("c-" + c);
            for (int o = 1; o <= 3; o++) {
                String order = "o-" + c + "-" + o;
                assertThat(api.post("/api/v1/orders", "{\"id\": \"" + order + "\", \"customerId\": \"c-" + c
                        + "\", \"orderedAt\": \"2026-0" + o + "-1" + c + "\", \"amount\": " + (10 * c + o)
                        + ", \"currency\": \"EUR\"}").status()).isBetween(200, 202);
                ids.add(order);
            }
        }
        Api.Response segment = api.post("/api/v1/segments", "{\"name\": \"Regulars\", \"rule\": \"orders >= 2\"}");
        if (segment.status() < 300) {
            ids.add(segment.json().path("id").asString());
        }
        return ids;
    }

    private HttpRequest build(Operation operation, FuzzValues values, String workspace, String key) {
        Random random = values.random();
        Map<String, JsonNode> pathParameters = new TreeMap<>();
        StringBuilder query = new StringBuilder();
        for (Parameter p : operation.parameters()) {
            if (p.in().equals("path")) {
                pathParameters.put(p.name(), p.schema());
            } else if (p.in().equals("query") && (p.required() ? random.nextInt(20) > 0 : random.nextInt(3) > 0)) {
                query.append(query.isEmpty() ? "?" : "&").append(encode(p.name())).append('=')
                        .append(encode(values.parameter(p.schema())));
            }
        }
        Matcher m = VARIABLE.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = values.parameter(pathParameters.getOrDefault(m.group(1), null) == null
                    ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode() : pathParameters.get(m.group(1)));
            if (operation.method().equals("DELETE") && value.equals(workspace)) {
                value = "other-" + random.nextInt(1000); // the run's own access is kept; deletion still gets exercised
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value.isEmpty() ? "x" : encodePath(value)));
        }
        m.appendTail(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + query))
                // a hang counts as a failure; the heavy operations may take minutes on a busy machine
                .timeout(Duration.ofSeconds(HEAVY.contains(operation.toString()) ? 240 : 60))
                .header("Authorization", "Bearer " + key)
                .header("X-Scudo-Workspace", workspace);
        if (operation.multipart()) {
            String boundary = "fuzz" + random.nextInt(1_000_000);
            String csv = random.nextBoolean() ? "order_id,customer_id,ordered_at,amount,currency\no-9,c-9,2026-01-01,5,EUR\n"
                    : values.json(tools.jackson.databind.node.JsonNodeFactory.instance.objectNode(), 0);
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
            return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .method(operation.method(), HttpRequest.BodyPublishers.ofString(body)).build();
        }
        if (operation.jsonBody() != null || !operation.method().equals("GET") && !operation.method().equals("DELETE")) {
            String body = operation.jsonBody() == null || random.nextInt(12) == 0 ? values.brokenBody()
                    : values.json(operation.jsonBody(), 0);
            return request.header("Content-Type", "application/json")
                    .method(operation.method(), HttpRequest.BodyPublishers.ofString(body)).build();
        }
        return request.method(operation.method(), HttpRequest.BodyPublishers.noBody()).build();
    }

    private record Answer(int status, String contentType, String body, int bytes) {
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse("");
            try (InputStream in = response.body()) {
                if (type.startsWith("text/event-stream")) {
                    return new Answer(response.statusCode(), type, "", 0); // stays open: its status is the answer
                }
                byte[] body = in.readNBytes(1 << 20);
                return new Answer(response.statusCode(), type, new String(body, StandardCharsets.UTF_8), body.length);
            }
        } catch (IOException e) {
            return new Answer(599, "", "no answer: " + e, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String judge(Answer answer) {
        if (answer.status >= 500) {
            return "server error";
        }
        if (answer.status >= 400 && !answer.contentType.startsWith("application/problem+json")) {
            return "error without a problem detail";
        }
        if (answer.status >= 400 && answer.bytes >= MAX_PROBLEM_BYTES) {
            return "problem detail of " + answer.bytes + " bytes";
        }
        return null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String encodePath(String value) {
        return encode(value).replace("+", "%20");
    }

    private static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "..." : body;
    }
}
