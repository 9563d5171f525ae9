package com.scudo.ingest;

import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import com.scudo.support.H2IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch weighs one request per order against its API key's budget: batching does not multiply what a key may
 * send. The budget here is 100 requests an hour, so it barely refills while the test runs.
 */
@H2IntegrationTest
@TestPropertySource(properties = {"scudo.rate-limits.per-api-key.requests=100", "scudo.rate-limits.per-api-key.period=PT1H"})
class BatchRateLimitH2IntegrationTests {
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBatchWeighingMoreThanWhatIsLeftIsTooManyRequestsAndWritesNothing() {
        WorkspaceId workspace = WorkspaceId.of("ws-" + UUID.randomUUID().toString().substring(0, 8));
        Api api = new Api(port, workspace.value());
        assertThat(api.put("/api/v1/customers/cust-1", "{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\"}")
                .status()).isEqualTo(201);

        var first = api.post("/api/v1/orders/batch", batch("a", 60)); // 1 + 60 of 100 taken
        var second = api.post("/api/v1/orders/batch", batch("b", 60)); // 39 left, this one weighs 60
        var single = api.post("/api/v1/orders", order("c-1"));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(second.status()).as(second.body()).isEqualTo(429);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().get("detail").asString()).contains("weighs 60").contains("nothing was written");
        assertThat(Long.parseLong(second.header("Retry-After"))).isPositive();
        assertThat(single.status()).as("what the refused batch did not take is still there").isEqualTo(201);
        assertThat(jdbc.queryForList("select order_id from order_ledger where workspace_id = ? and order_id like 'b-%'",
                String.class, workspace.value())).as("nothing of the refused batch").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from order_ledger where workspace_id = ?", Long.class,
                workspace.value())).isEqualTo(61);
    }

    private static String batch(String prefix, int orders) {
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= orders; i++) {
            all.add(order(prefix + "-" + i));
        }
        return "{\"orders\":[" + String.join(",", all) + "]}";
    }

    private static String order(String id) {
        return """
                {"id":"%s","customerId":"cust-1","orderedAt":"2026-02-02T10:00:00Z","amount":10,"currency":"USD","channel":"web"}"""
                .formatted(id);
    }
}
