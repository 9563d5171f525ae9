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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

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
        settle();

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("status").asString()).isEqualTo("created");
        assertThat(retry.status()).as("a retry answers as the first time did").isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
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
        settle();

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
        settle();

        assertThat(orders.newestFirst(workspace, CustomerId.of("cust-1"), 10))
                .extracting(o -> o.id().value()).containsExactly("o-3", "o-2", "o-1");
        assertThat(orders.newestFirst(workspace, CustomerId.of("cust-1"), 2)).hasSize(2);
    }

    @Test
    void retriedCustomerIsStoredOnceAndFoundByEmail() {
        var first = addCustomer("cust-9", "Grace Hopper", "Grace@Example.com");
        var retry = addCustomer("cust-9", "Grace Hopper", "Grace@Example.com");
        settle();

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
    void aWriteTheAnalyticalStoreRefusesIsNotAcknowledgedAndLeavesNoTrace() {
        addCustomer("cust-1", "Ada Lovelace", "ada@example.com");
        FailingAnalyticalStore.failAfter(0);
        var refused = api.post("/api/v1/orders", order("o-1", "cust-1", "2026-02-01", "10"));
        FailingAnalyticalStore.heal();
        settle();

        assertThat(refused.status()).isGreaterThanOrEqualTo(500);
        assertThat(sqlCount("order_facts")).isZero();
        assertThat(sqlCount("order_ledger")).isZero();
        assertThat(orders.newestFirst(workspace, CustomerId.of("cust-1"), 10)).isEmpty();

        // The client retries: now it is recorded once, in both stores.
        assertThat(api.post("/api/v1/orders", order("o-1", "cust-1", "2026-02-01", "10")).status()).isEqualTo(201);
        settle();
        assertThat(sqlCount("order_facts")).isEqualTo(1);
        assertThat(orders.newestFirst(workspace, CustomerId.of("cust-1"), 10)).hasSize(1);
        assertThat(metrics.forCustomer(workspace, CustomerId.of("cust-1")).orders()).isEqualTo(1);
    }

    @Test
    void anOrderIdOfAnotherCustomerIsAConflictAndBothStoresAgree() {
        addCustomer("cust-1", "Ada Lovelace", "ada@example.com");
        addCustomer("cust-2", "Grace Hopper", "grace@example.com");
        api.post("/api/v1/orders", order("o-1", "cust-1", "2026-02-01", "10"));

        var clash = api.post("/api/v1/orders", order("o-1", "cust-2", "2026-02-01", "10"));
        settle();

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.contentType()).startsWith("application/problem+json");
        assertThat(orders.newestFirst(workspace, CustomerId.of("cust-2"), 10)).isEmpty();
        assertThat(orders.newestFirst(workspace, CustomerId.of("cust-1"), 10)).hasSize(1);
        assertThat(jdbc.queryForObject("select customer_id from order_facts where workspace_id = ? and order_id = 'o-1'",
                String.class, workspace.value())).isEqualTo("cust-1");
    }

    @Test
    void concurrentOrdersCommittedTogetherEachGetTheirOwnAnswer() throws Exception {
        addCustomer("cust-1", "Ada Lovelace", "ada@example.com");
        addCustomer("cust-2", "Grace Hopper", "grace@example.com");
        api.post("/api/v1/orders", order("o-taken", "cust-1", "2026-02-01", "10"));
        List<String> bodies = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        int plainOfCust2 = 0;
        for (int i = 0; i < 48; i++) {
            switch (i % 6) {
                case 0 -> { // an order id another customer holds: 409, and the group around it still lands
                    bodies.add(order("o-taken", "cust-2", "2026-02-01", "10"));
                    expected.add(409);
                }
                case 1 -> { // an unknown customer: 400
                    bodies.add(order("o-ghost-" + i, "nobody", "2026-02-01", "10"));
                    expected.add(400);
                }
                case 2 -> { // the same new order sent eight times at once: recorded once, each answered 201
                    bodies.add(order("o-twice", "cust-2", "2026-02-03", "30"));
                    expected.add(201);
                }
                default -> {
                    bodies.add(order("o-" + i, i % 2 == 0 ? "cust-1" : "cust-2", "2026-02-02", "20"));
                    expected.add(201);
                    plainOfCust2 += i % 2;
                }
            }
        }
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (String body : bodies) {
                answers.add(clients.submit(() -> api.post("/api/v1/orders", body)));
            }
            for (int i = 0; i < bodies.size(); i++) {
                assertThat(answers.get(i).get(30, TimeUnit.SECONDS).status()).as(bodies.get(i)).isEqualTo(expected.get(i));
            }
        } finally {
            clients.shutdownNow();
        }
        settle();

        long plain = expected.stream().filter(s -> s == 201).count() - 8;
        assertThat(sqlCount("order_facts")).isEqualTo(1 + 1 + plain);
        assertThat(jdbc.queryForObject("select customer_id from order_facts where workspace_id = ? and order_id = 'o-taken'",
                String.class, workspace.value())).isEqualTo("cust-1");
        assertThat(orders.newestFirst(workspace, CustomerId.of("cust-1"), 100).size()
                + orders.newestFirst(workspace, CustomerId.of("cust-2"), 100).size()).isEqualTo(1 + 1 + plain);
        assertThat(metrics.forCustomer(workspace, CustomerId.of("cust-2")).orders()).as("o-twice and the odd o-N")
                .isEqualTo(1 + orders.newestFirst(workspace, CustomerId.of("cust-2"), 100).stream()
                        .filter(o -> o.id().value().matches("o-\\d+")).count())
                .isEqualTo(1 + plainOfCust2);
    }

    @Test
    void aBatchAnswersEachOrderOnItsOwnAndARefusedOneRefusesNoOther() {
        addCustomer("cust-1", "Ada Lovelace", "ada@example.com");
        addCustomer("cust-2", "Grace Hopper", "grace@example.com");
        api.post("/api/v1/orders", order("o-taken", "cust-1", "2026-02-01", "10"));
        String batch = "{\"orders\":[" + String.join(",",
                order("o-b1", "cust-1", "2026-02-02", "20"),
                order("o-taken", "cust-2", "2026-02-02", "10"),
                order("o-ghost", "nobody", "2026-02-02", "10"),
                order("o-bad", "cust-1", "2026-02-02", "-5"),
                order("o-b1", "cust-1", "2026-02-02", "20"),
                "null",
                order("o-b2", "cust-2", "2026-02-03", "30")) + "]}";

        var first = api.post("/api/v1/orders/batch", batch);
        var again = api.post("/api/v1/orders/batch", batch);
        settle();

        assertThat(first.status()).as(first.body()).isEqualTo(207);
        var results = first.json().get("results");
        assertThat(first.json().get("received").asInt()).isEqualTo(7);
        assertThat(first.json().get("acknowledged").asInt()).isEqualTo(3);
        assertThat(first.json().get("refused").asInt()).isEqualTo(4);
        List<String> statuses = new ArrayList<>();
        results.forEach(item -> statuses.add(item.get("status").asString() + (item.has("refusal")
                ? " " + item.get("refusal").get("status").asInt() : "")));
        assertThat(statuses).containsExactly("created", "refused 409", "refused 400", "refused 400", "created",
                "refused 400", "created");
        assertThat(results.get(3).get("refusal").get("errors").get(0).get("field").asString()).isEqualTo("amount");
        assertThat(results.get(1).get("refusal").get("detail").asString()).contains("another customer");
        assertThat(again.json().get("results").get(0).get("status").asString()).as("a retried batch answers as the first time")
                .isEqualTo("created");
        assertThat(sqlCount("order_facts")).isEqualTo(3);
        assertThat(orders.newestFirst(workspace, CustomerId.of("cust-1"), 10)).hasSize(2);
        assertThat(orders.newestFirst(workspace, CustomerId.of("cust-2"), 10)).extracting(o -> o.id().value())
                .containsExactly("o-b2");
        assertThat(metrics.forCustomer(workspace, CustomerId.of("cust-1")).orders()).isEqualTo(2);
    }

    @Test
    void aBatchItemIsRefusedWithExactlyTheProblemItsOwnRequestGets() {
        addCustomer("cust-1", "Ada Lovelace", "ada@example.com");
        addCustomer("cust-2", "Grace Hopper", "grace@example.com");
        api.post("/api/v1/orders", order("o-taken", "cust-1", "2026-02-01", "10"));
        List<String> orders = List.of(
                """
                {"id":"o-bad","customerId":"cust-1","amount":-5,"channel":"carrier pigeon","currency":"dollars"}""",
                order("o-ghost", "nobody", "2026-02-02", "10"),
                order("o-taken", "cust-2", "2026-02-02", "10"),
                order("o-discount", "cust-1", "2026-02-02", "10").replace("\"channel\":\"web\"", "\"discount\":25"));

        var batch = api.post("/api/v1/orders/batch", "{\"orders\":[" + String.join(",", orders) + "]}");

        assertThat(batch.status()).as(batch.body()).isEqualTo(207);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            var single = api.post("/api/v1/orders", orders.get(i));
            assertThat(single.contentType()).startsWith("application/problem+json");
            var expected = (tools.jackson.databind.node.ObjectNode) single.json();
            expected.remove("instance"); // the request's own path: the batch item has none
            var item = batch.json().get("results").get(i);
            assertThat(item.get("status").asString()).isEqualTo("refused");
            assertThat(item.get("refusal")).as("order %d", i).isEqualTo(expected);
            statuses.add(single.status());
        }
        assertThat(statuses).as("invalid fields, unknown customer, another customer's id, a rule across fields")
                .containsExactly(400, 400, 409, 400);
        assertThat(batch.json().get("results").get(0).get("refusal").get("errors").findValuesAsString("field"))
                .contains("orderedAt", "amount", "channel", "currency");
        assertThat(sqlCount("order_facts")).as("only o-taken, sent alone before").isEqualTo(1);
    }

    @Test
    void anOrderThatFailsInABatchIsAnsweredFailedAndItsNeighboursAreAcknowledgedAndCounted() {
        addCustomer("cust-1", "Ada Lovelace", "ada@example.com");
        addCustomer("cust-2", "Grace Hopper", "grace@example.com");
        api.post("/api/v1/orders", order("o-taken", "cust-1", "2026-02-01", "10"));
        String batch = "{\"orders\":[" + String.join(",",
                order("o-f1", "cust-1", "2026-02-02", "20"),
                order("o-boom", "cust-2", "2026-02-02", "30"),
                order("o-f2", "cust-2", "2026-02-03", "40"),
                order("o-taken", "cust-2", "2026-02-02", "10")) + "]}";
        double acknowledgedBefore = acknowledgedMeter();
        FailingAnalyticalStore.failOrder("o-boom");

        var first = api.post("/api/v1/orders/batch", batch);
        double acknowledgedAfter = acknowledgedMeter();
        FailingAnalyticalStore.heal();
        settle();

        assertThat(first.status()).as(first.body()).isEqualTo(207);
        var results = first.json().get("results");
        List<String> statuses = new ArrayList<>();
        results.forEach(item -> statuses.add(item.get("status").asString()));
        assertThat(statuses).containsExactly("created", "failed", "created", "refused");
        assertThat(first.json().get("acknowledged").asInt()).isEqualTo(2);
        assertThat(first.json().get("refused").asInt()).isEqualTo(1);
        assertThat(first.json().get("failed").asInt()).isEqualTo(1);
        var failure = results.get(1).get("refusal");
        assertThat(failure.get("status").asInt()).isEqualTo(500);
        assertThat(failure.get("detail").asString()).contains("o-boom was not recorded").contains("Send it again")
                .contains(failure.get("errorId").asString()).doesNotContain("DataAccess").doesNotContain("test)");
        assertThat(acknowledgedAfter - acknowledgedBefore).as("the meter counts the two acknowledged orders")
                .isEqualTo(2.0);
        assertThat(ledgerIds()).as("what was answered recorded is recorded, and only that")
                .containsExactlyInAnyOrder("o-taken", "o-f1", "o-f2");
        assertThat(orders.newestFirst(workspace, CustomerId.of("cust-2"), 10)).extracting(o -> o.id().value())
                .containsExactly("o-f2");

        // The client sends the batch again: the failed order is recorded now, the others answer as the first time.
        var again = api.post("/api/v1/orders/batch", batch);
        settle();
        statuses.clear();
        again.json().get("results").forEach(item -> statuses.add(item.get("status").asString()));
        assertThat(statuses).containsExactly("created", "created", "created", "refused");
        assertThat(sqlCount("order_facts")).isEqualTo(4);
        assertThat(metrics.forCustomer(workspace, CustomerId.of("cust-2")).orders()).isEqualTo(2);
    }

    @Test
    void aSingleOrderThatFailsIsA500AndItsRetryIsRecorded() {
        addCustomer("cust-1", "Ada Lovelace", "ada@example.com");
        FailingAnalyticalStore.failOrder("o-boom");

        var failed = api.post("/api/v1/orders", order("o-boom", "cust-1", "2026-02-02", "30"));
        FailingAnalyticalStore.heal();
        var retried = api.post("/api/v1/orders", order("o-boom", "cust-1", "2026-02-02", "30"));

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.json().get("errorId").asString()).isNotBlank();
        assertThat(retried.status()).isEqualTo(201);
        assertThat(ledgerIds()).containsExactly("o-boom");
    }

    @Test
    void aBatchOfOnlyGoodOrdersIsOkAndAnOversizedOneIsRefusedWhole() {
        addCustomer("cust-1", "Ada Lovelace", "ada@example.com");
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= IngestService.MAX_BATCH_ORDERS; i++) {
            many.add(order("o-many-" + i, "cust-1", "2026-02-02", "1"));
        }

        var tooMany = api.post("/api/v1/orders/batch", "{\"orders\":[" + String.join(",", many) + "]}");
        var empty = api.post("/api/v1/orders/batch", "{\"orders\":[]}");
        var good = api.post("/api/v1/orders/batch", "{\"orders\":[" + String.join(",", many.subList(0, 3)) + "]}");
        settle();

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("detail").asString()).contains("at most 500 orders");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        assertThat(sqlCount("order_facts")).as("nothing of the oversized batch was written").isEqualTo(3);
    }

    @Test
    void currenciesAreIsoCodesInAnyCase() {
        addCustomer("cust-1", "Ada Lovelace", "ada@example.com");

        var unknown = api.post("/api/v1/orders", order("o-1", "cust-1", "2026-02-01", "10").replace("\"USD\"", "\"XXZ\""));
        var lower = api.post("/api/v1/orders", order("o-2", "cust-1", "2026-02-01", "10").replace("\"USD\"", "\"usd\""));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").findValuesAsString("field")).contains("currency");
        assertThat(lower.status()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select currency from order_facts where workspace_id = ? and order_id = 'o-2'",
                String.class, workspace.value())).isEqualTo("USD");
    }

    @Test
    void anOrderWithoutARateIsHeldThenCountedConvertedOnceRatesArrive() {
        addCustomer("cust-1", "Ada Lovelace", "ada@example.com");

        var held = api.post("/api/v1/orders", order("o-1", "cust-1", "2026-03-10", "100000").replace("\"USD\"", "\"JPY\""));

        assertThat(held.status()).isEqualTo(202);
        assertThat(held.json().get("status").asString()).isEqualTo("held");
        assertThat(held.json().get("reason").asString()).contains("JPY").contains("USD");
        assertThat(sqlCount("order_facts")).as("never summed as it is").isZero();

        var loaded = api.post("/api/v1/exchange-rates", """
                {"rates":[{"currency":"jpy","date":"2026-01-01","rate":0.0065},{"currency":"JPY","date":"2026-03-01","rate":0.0067},
                          {"currency":"JPY","date":"2026-04-01","rate":0.0070}]}""");
        settle();

        assertThat(loaded.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select amount from order_facts where workspace_id = ? and order_id = 'o-1'",
                BigDecimal.class, workspace.value())).as("the rate dated on or before the order").isEqualByComparingTo("670.00");
        assertThat(orders.newestFirst(workspace, CustomerId.of("cust-1"), 10)).singleElement()
                .satisfies(o -> assertThat(o.currency()).isEqualTo("JPY"));
        assertThat(metrics.forCustomer(workspace, CustomerId.of("cust-1")).revenue()).isEqualByComparingTo("670.00");
    }

    @Test
    void aDiscountLargerThanTheAmountIsRefused() {
        addCustomer("cust-1", "Ada Lovelace", "ada@example.com");

        var response = api.post("/api/v1/orders", order("o-1", "cust-1", "2026-02-01", "10")
                .replace("\"channel\":\"web\"", "\"channel\":\"web\",\"discount\":25"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains("discount");
    }

    @Test
    void refundsNetTheSpendAndAFullRefundIsNoPurchase() {
        addCustomer("cust-1", "Ada Lovelace", "ada@example.com");
        api.post("/api/v1/orders", order("o-1", "cust-1", "2026-02-01", "100"));
        api.post("/api/v1/orders", order("o-2", "cust-1", "2026-02-02", "40"));

        var partial = api.post("/api/v1/orders/o-1/refunds", "{\"id\":\"r-1\",\"amount\":30}");
        var retried = api.post("/api/v1/orders/o-1/refunds", "{\"id\":\"r-1\",\"amount\":30}");
        var tooMuch = api.post("/api/v1/orders/o-1/refunds", "{\"id\":\"r-2\",\"amount\":80}");
        var full = api.post("/api/v1/orders/o-2/refunds", "{\"id\":\"r-3\",\"amount\":40}");
        var unknown = api.post("/api/v1/orders/o-9/refunds", "{\"id\":\"r-4\",\"amount\":1}");
        settle();

        assertThat(partial.status()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(full.status()).isEqualTo(201);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select amount from order_facts where workspace_id = ? and order_id = 'o-1'",
                BigDecimal.class, workspace.value())).as("retried refund counted once").isEqualByComparingTo("70.00");
        assertThat(sqlCount("order_facts")).as("a fully refunded order is no purchase").isEqualTo(1);
        assertThat(metrics.forCustomer(workspace, CustomerId.of("cust-1")).orders()).isEqualTo(1);
        assertThat(metrics.forCustomer(workspace, CustomerId.of("cust-1")).revenue()).isEqualByComparingTo("70.00");
        assertThat(orders.find(workspace, CustomerId.of("cust-1"), com.scudo.shared.OrderId.of("o-2"))).get()
                .satisfies(o -> assertThat(o.status()).isEqualTo(com.scudo.customer.OrderStatus.REFUNDED));
    }

    @Test
    void cancelledOrdersFromTheirFinancialStatusAreKeptButNotCounted() {
        addCustomer("cust-1", "Ada Lovelace", "ada@example.com");

        var voided = api.post("/api/v1/orders", order("o-1", "cust-1", "2026-02-01", "50")
                .replace("\"channel\":\"web\"", "\"channel\":\"web\",\"financialStatus\":\"voided\""));
        settle();

        assertThat(voided.status()).isEqualTo(201);
        assertThat(sqlCount("order_facts")).isZero();
        assertThat(orders.newestFirst(workspace, CustomerId.of("cust-1"), 10)).singleElement()
                .satisfies(o -> assertThat(o.cancelled()).isTrue());
    }

    private void settle() {
        ingest.replayPending();
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

    private List<String> ledgerIds() {
        return jdbc.queryForList("select order_id from order_ledger where workspace_id = ?", String.class,
                workspace.value());
    }

    private double acknowledgedMeter() {
        return meters.get("scudo.ingest.acknowledged").counter().count();
    }

    private long sqlCount(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where workspace_id = ?", Long.class,
                workspace.value());
    }
}
