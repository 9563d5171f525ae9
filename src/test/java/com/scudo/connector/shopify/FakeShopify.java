package com.scudo.connector.shopify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Shopify Admin API following the documented shapes: POST /admin/api/{version}/graphql.json with
 * X-Shopify-Access-Token; bulkOperationRunQuery answers a CREATED BulkOperation; node(id:) polls it through RUNNING
 * to COMPLETED with a url; the url serves the JSONL result. Every answer carries extensions.cost; the first call is
 * THROTTLED. {@code brokenDownloads} downloads serve a corrupt line halfway, as a dropped transfer would.
 */
public final class FakeShopify implements AutoCloseable {
    public static final String TOKEN = "shpat_fake";
    final List<String> queries = new CopyOnWriteArrayList<>();
    final AtomicInteger runMutations = new AtomicInteger();
    final AtomicInteger throttledAnswers = new AtomicInteger();
    final AtomicInteger downloads = new AtomicInteger();
    volatile int brokenDownloads;
    private final AtomicInteger polls = new AtomicInteger();
    private final String jsonl;
    private final HttpServer server;

    public FakeShopify(String jsonl, int brokenDownloads) throws IOException {
        this.jsonl = jsonl;
        this.brokenDownloads = brokenDownloads;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/admin/api/", this::graphql);
        server.createContext("/results/", this::download);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void graphql(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!TOKEN.equals(exchange.getRequestHeaders().getFirst("X-Shopify-Access-Token"))) {
            send(exchange, 401, "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}");
            return;
        }
        queries.add(body);
        if (queries.size() == 1) {
            throttledAnswers.incrementAndGet();
            send(exchange, 200, """
                    {"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED",
                     "documentation":"https://shopify.dev/api/usage/rate-limits"}}],
                     "extensions":{"cost":{"requestedQueryCost":10,"actualQueryCost":null,
                     "throttleStatus":{"maximumAvailable":1000.0,"currentlyAvailable":2,"restoreRate":100.0}}}}""");
            return;
        }
        String data;
        if (body.contains("bulkOperationRunQuery")) {
            runMutations.incrementAndGet();
            data = """
                    {"bulkOperationRunQuery":{"bulkOperation":{"id":"gid://shopify/BulkOperation/720918","status":"CREATED"},
                     "userErrors":[]}}""";
        } else if (body.contains("BulkOperation/720918")) {
            boolean done = polls.incrementAndGet() >= 3;
            data = """
                    {"node":{"id":"gid://shopify/BulkOperation/720918","status":"%s","errorCode":null,
                     "objectCount":"%d","url":%s,"partialDataUrl":null}}""".formatted(done ? "COMPLETED" : "RUNNING",
                    done ? jsonl.lines().count() : 2, done ? "\"" + url() + "/results/720918.jsonl\"" : "null");
        } else {
            send(exchange, 200, "{\"errors\":[{\"message\":\"unknown query\"}]}");
            return;
        }
        send(exchange, 200, "{\"data\":" + data + ",\"extensions\":{\"cost\":{\"requestedQueryCost\":10,"
                + "\"actualQueryCost\":10,\"throttleStatus\":{\"maximumAvailable\":1000.0,\"currentlyAvailable\":990,"
                + "\"restoreRate\":50.0}}}}");
    }

    private void download(HttpExchange exchange) throws IOException {
        downloads.incrementAndGet();
        String content = jsonl;
        if (brokenDownloads > 0) {
            brokenDownloads--;
            List<String> lines = jsonl.lines().toList();
            content = String.join("\n", lines.subList(0, lines.size() / 2)) + "\n{\"id\":\"gid://shopify/Ord";
        }
        send(exchange, 200, content);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A JSONL result of {@code orders} orders, each with two line items on their own lines after it. */
    public static String orders(int orders, String customerEmail) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= orders; i++) {
            String gid = "gid://shopify/Order/" + (9000 + i);
            out.append("""
                    {"id":"%s","name":"#B%d","email":"%s","createdAt":"2025-0%d-10T12:00:00Z","cancelledAt":null,\
                    "sourceName":"web","currencyCode":"USD","displayFinancialStatus":"%s",\
                    "totalPriceSet":{"shopMoney":{"amount":"60.00","currencyCode":"USD"}},\
                    "totalDiscountsSet":{"shopMoney":{"amount":"0.00"}},"refunds":%s,\
                    "customer":{"id":"gid://shopify/Customer/555","email":"%s","firstName":"Grace","lastName":"Hopper",\
                    "phone":null,"createdAt":"2024-12-01T00:00:00Z","defaultAddress":{"city":"Arlington","province":"VA","country":"US"}}}
                    """.formatted(gid, i, customerEmail, 1 + i % 9, i == 2 ? "PARTIALLY_REFUNDED" : "PAID",
                    i == 2 ? "[{\"id\":\"gid://shopify/Refund/77\",\"createdAt\":\"2025-03-11T00:00:00Z\","
                            + "\"totalRefundedSet\":{\"shopMoney\":{\"amount\":\"20.00\"}}}]" : "[]", customerEmail));
            for (int item = 1; item <= 2; item++) {
                out.append("""
                        {"id":"gid://shopify/LineItem/%d%d","sku":"SKU-%d","title":"Item %d","quantity":1,\
                        "originalUnitPriceSet":{"shopMoney":{"amount":"30.00"}},"__parentId":"%s"}
                        """.formatted(i, item, item, item, gid));
            }
        }
        return out.toString();
    }
}
