package com.scudo.ingest;

import com.scudo.customer.CustomerProfiles;
import com.scudo.customer.OrderHistory;
import com.scudo.customer.RealtimeCounters;
import com.scudo.customer.RealtimeMetrics;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import com.scudo.support.FailingAnalyticalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Ingest through the REST API into both real stores; run on H2 and on PostgreSQL. */
abstract class IngestScenarios {
    @LocalServerPort
    int port;
    @Autowired
    CustomerProfiles profiles;
    @Autowired
    OrderHistory orders;
    @Autowired
    RealtimeMetrics metrics;
    @Autowired
    IngestService ingest;
    @Autowired
    JdbcTemplate jdbc;

    WorkspaceId workspace;
    Api api;

    @BeforeEach
    void newWorkspace() {
        workspace = WorkspaceId.of("ws-" + UUID.randomUUID().toString().substring(0, 8));
        api = new Api(port, workspace.value());
        FailingAnalyticalStore.heal();
        ingest.replayPending(); // start from a clean outbox
    }

    @AfterEach
    void heal() {
        FailingAnalyticalStore.heal();
    }

    @Test
    void retriedOrderIsStoredOnce() {
        addCustomer("cust-1", "Ada Lovelace", "ada@example.com");
        String order = order("o-1", "cust-1", "2026-11-20T10:15:00Z", "120.50");

        var first = api.post("/api/v1/orders", order);
        var retry = api.post("/api/v1/orders", order);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("status").asString()).isEqualTo("created");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("status").asString()).isEqualTo("unchanged");
        assertThat(orders.newestFirst(workspace, CustomerId.of("cust-1"), 10)).hasSize(1);
        assertThat(sqlCount("order_facts")).isEqualTo(1);
        RealtimeCounters day = metrics.forDay(workspace, LocalDate.parse("2026-11-20"));
        assertThat(day.orders()).isEqualTo(1);
        assertThat(day.revenue()).isEqualByComparingTo("120.50");
        assertThat(metrics.forCustomer(workspace, CustomerId.of("cust-1")).orders()).isEqualTo(1);
    }

    @Test
    void correctedOrderReplacesTheStoredOneWithoutCountingTwice() {
        addCustomer("cust-1", "Ada Lovelace", "ada@example.com");
        api.post("/api/v1/orders", order("o-1", "cust-1", "2026-11-20T10:15:00Z", "120.50"));

        var corrected = api.post("/api/v1/orders", order("o-1", "cust-1", "2026-11-20T10:15:00Z", "99.00"));

        assertThat(corrected.json().get("status").asString()).isEqualTo("updated");
        assertThat(orders.newestFirst(workspace, CustomerId.of("cust-1"), 10))
                .singleElement().satisfies(o -> assertThat(o.amount()).isEqualByComparingTo("99.00"));
        assertThat(jdbc.queryForObject("select amount from order_facts where workspace_id = ?", BigDecimal.class,
                workspace.value())).isEqualByComparingTo("99.00");
        assertThat(metrics.forCustomer(workspace, CustomerId.of("cust-1")).orders()).isEqualTo(1);
    }

    @Test
    void historyIsNewestFirst() {
        addCustomer("cust-1", "Ada Lovelace", "ada@example.com");
        api.post("/api/v1/orders", order("o-2", "cust-1", "2026-03-01", "20"));
        api.post("/api/v1/orders", order("o-3", "cust-1", "2026-05-01", "30"));
        api.post("/api/v1/orders", order("o-1", "cust-1", "2026-01-01", "10"));

        assertThat(orders.newestFirst(workspace, CustomerId.of("cust-1"), 10))
                .extracting(o -> o.id().value()).containsExactly("o-3", "o-2", "o-1");
        assertThat(orders.newestFirst(workspace, CustomerId.of("cust-1"), 2)).hasSize(2);
    }

    @Test
    void retriedCustomerIsStoredOnceAndFoundByEmail() {
        var first = addCustomer("cust-9", "Grace Hopper", "Grace@Example.com");
        var retry = addCustomer("cust-9", "Grace Hopper", "Grace@Example.com");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.json().get("status").asString()).isEqualTo("unchanged");
        assertThat(profiles.findByEmail(workspace, "grace@example.COM")).get()
                .satisfies(p -> assertThat(p.name()).isEqualTo("Grace Hopper"));
        assertThat(sqlCount("customer_dim")).isEqualTo(1);
    }

    @Test
    void invalidOrderNamesEveryProblem() {
        addCustomer("cust-1", "Ada Lovelace", "ada@example.com");
        var response = api.post("/api/v1/orders", """
                {"id":"o-1","customerId":"cust-1","amount":-5,"channel":"carrier pigeon","currency":"dollars"}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .contains("orderedAt", "amount", "channel", "currency");
        assertThat(sqlCount("order_facts")).isZero();
    }

    @Test
    void orderForUnknownCustomerIsRefused() {
        var response = api.post("/api/v1/orders", order("o-1", "nobody", "2026-01-01", "10"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("customer 'nobody' does not exist");
    }

    @Test
    void malformedJsonGetsAProblemDetail() {
        var response = api.post("/api/v1/orders", "{\"id\": \"o-1\", ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("title").asString()).isEqualTo("Malformed request body");
    }

    @Test
    void oversizedBodyIsRefused() {
        var response = api.post("/api/v1/customers", "{\"name\":\"" + "x".repeat(2_000_000) + "\"}");

        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void nothingIsLostWhenTheAnalyticalStoreFailsMidway() {
        addCustomer("cust-1", "Ada Lovelace", "ada@example.com");
        FailingAnalyticalStore.failAfter(2);
        for (int i = 1; i <= 5; i++) {
            var response = api.post("/api/v1/orders", order("o-" + i, "cust-1", "2026-02-0" + i, "10"));
            assertThat(response.status()).isEqualTo(201);
            assertThat(response.json().get("analyticsSynced").asBoolean()).isEqualTo(i <= 2);
        }
        assertThat(sqlCount("order_facts")).isEqualTo(2);
        assertThat(orders.newestFirst(workspace, CustomerId.of("cust-1"), 10)).hasSize(5);

        FailingAnalyticalStore.heal();
        // A client retrying one of the failed orders meanwhile must not duplicate it either.
        api.post("/api/v1/orders", order("o-4", "cust-1", "2026-02-04", "10"));
        assertThat(ingest.replayPending()).isGreaterThanOrEqualTo(2);

        assertThat(sqlCount("order_facts")).isEqualTo(5);
        assertThat(ingest.replayPending()).isZero();
        assertThat(metrics.forCustomer(workspace, CustomerId.of("cust-1")).orders()).isEqualTo(5);
    }

    private Api.Response addCustomer(String id, String name, String email) {
        return api.put("/api/v1/customers/" + id, """
                {"name":"%s","email":"%s","city":"Leeds","preferences":{"channel":"website","categories":["Home","basics"]}}"""
                .formatted(name, email));
    }

    private static String order(String id, String customer, String at, String amount) {
        return """
                {"id":"%s","customerId":"%s","orderedAt":"%s","amount":%s,"currency":"USD","channel":"web",
                 "items":[{"sku":"SKU-1","category":"Home","quantity":1,"unitPrice":%s}],"flags":["gift"]}"""
                .formatted(id, customer, at, amount, amount);
    }

    private long sqlCount(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where workspace_id = ?", Long.class,
                workspace.value());
    }
}
