package com.scudo.connector.shopify;

import com.scudo.ingest.IngestService;
import com.scudo.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

abstract class ShopifyBackfillScenarios {
    @LocalServerPort
    int port;
    @Autowired
    ShopifyBackfills backfills;
    @Autowired
    IngestService ingest;

    @Test
    void backfillRunsTheBulkQueryResumesAfterABrokenDownloadAndRecordsEachOrderOnce() throws Exception {
        String workspace = "bf-" + UUID.randomUUID().toString().substring(0, 8);
        Api api = new Api(port, workspace);
        try (FakeShopify shopify = new FakeShopify(FakeShopify.orders(6, "grace@example.com"), 1)) {
            JsonNode connection = api.post("/api/v1/connections/shopify", """
                    {"shopDomain": "%s.myshopify.com", "accessToken": "%s", "webhookSecret": "s", "apiUrl": "%s"}"""
                    .formatted(workspace, FakeShopify.TOKEN, shopify.url())).json();
            String id = connection.path("id").asString();
            backfills.pollEvery(Duration.ofMillis(10));
            var workspaceId = com.scudo.shared.WorkspaceId.of(workspace);

            Backfill broken = backfills.runNow(workspaceId, id);
            assertThat(broken.status()).isEqualTo("failed");
            assertThat(broken.ordersRecorded()).isBetween(1L, 5L);
            assertThat(broken.linesDone()).isEqualTo(broken.ordersRecorded() * 3);
            assertThat(shopify.throttledAnswers.get()).isEqualTo(1);   // throttled once, waited, asked again

            Backfill resumed = backfills.runNow(workspaceId, id);
            assertThat(resumed.id()).isEqualTo(broken.id());
            assertThat(resumed.status()).isEqualTo("completed");
            assertThat(resumed.ordersRecorded()).isEqualTo(6);
            assertThat(resumed.objectCount()).isEqualTo(18);
            assertThat(shopify.runMutations.get()).isEqualTo(1);        // resumed the same bulk operation
            assertThat(shopify.downloads.get()).isEqualTo(2);
            assertThat(api.get("/api/v1/connections/" + id + "/backfill").json().path("status").asString())
                    .isEqualTo("completed");

            ingest.replayPending();
            JsonNode view = api.get("/api/v1/customers/grace@example.com/360").json();
            assertThat(view.path("orders").path("newestFirst")).hasSize(6);
            assertThat(view.path("live").path("orders").asLong()).isEqualTo(6);
            // 6 orders of 60.00, one refunded by 20.00
            assertThat(view.path("live").path("revenue").decimalValue()).isEqualByComparingTo("340.00");
        }
    }

    @Test
    void aWrongTokenFailsTheBackfillWithAReason() throws Exception {
        String workspace = "bf-" + UUID.randomUUID().toString().substring(0, 8);
        Api api = new Api(port, workspace);
        try (FakeShopify shopify = new FakeShopify(FakeShopify.orders(1, "x@example.com"), 0)) {
            String id = api.post("/api/v1/connections/shopify", """
                    {"shopDomain": "%s.myshopify.com", "accessToken": "wrong", "webhookSecret": "s", "apiUrl": "%s"}"""
                    .formatted(workspace, shopify.url())).json().path("id").asString();
            Backfill failed = backfills.runNow(com.scudo.shared.WorkspaceId.of(workspace), id);
            assertThat(failed.status()).isEqualTo("failed");
            assertThat(failed.error()).contains("access token");
            assertThat(api.get("/api/v1/connections/" + id).json().path("lastError").asString()).contains("backfill");
        }
    }
}
