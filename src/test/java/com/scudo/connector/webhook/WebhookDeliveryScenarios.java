package com.scudo.connector.webhook;

import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.scudo.connector.internal.schema.Tables.CONNECTOR_DELIVERIES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery against a local receiver that fails at random. Time is driven by the test (the worker is asked to send
 * what is due at a given instant), so a day of retries takes no real time and nothing here waits on a clock.
 */
abstract class WebhookDeliveryScenarios {
    @LocalServerPort
    int port;
    @Autowired
    Deliveries deliveries;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    EventOutbox outbox;
    @Autowired
    DSLContext sql;
    @Autowired
    Clock clock;

    @Test
    void everyEventArrivesDespiteRandomFailuresWithRepeatsOnlyAfterAFailedAttempt() throws Exception {
        WorkspaceId workspace = WorkspaceId.of("hooks-" + UUID.randomUUID().toString().substring(0, 8));
        try (FlakyReceiver receiver = new FlakyReceiver(42, 0.35, 0.15)) {
            Api api = new Api(port, workspace.value());
            JsonNode created = api.post("/api/v1/webhooks/subscriptions", """
                    {"url": "%s", "events": ["segment.entered", "segment.left"]}""".formatted(receiver.url())).json();
            receiver.secret = created.path("signingSecret").asString();
            assertThat(receiver.secret).startsWith("whsec_");
            assertThat(api.get("/api/v1/webhooks/subscriptions").body()).doesNotContain(receiver.secret);
            Subscription subscription = subscriptions.find(workspace, created.path("subscription").path("id").asString());

            Set<String> events = new HashSet<>();
            for (int i = 0; i < 120; i++) {
                events.add(outbox.enqueue(sql, workspace, subscription, EventType.SEGMENT_ENTERED,
                        Map.of("segmentId", "AT_RISK", "customerId", "c-" + i)));
            }
            Instant now = clock.instant();
            for (int round = 0; round < 400 && !allDone(workspace); round++) {
                deliveries.deliverDue(now);
                now = now.plus(Duration.ofMinutes(2));
            }

            assertThat(allDone(workspace)).isTrue();
            assertThat(deliveries.recent(workspace, true, 1000)).isEmpty();
            assertThat(receiver.processed).isEqualTo(events);                  // nothing lost
            assertThat(receiver.badSignatures).isEmpty();
            assertThat(receiver.received).hasSizeGreaterThan(events.size());    // the receiver did fail
            // Every repeat follows an attempt that was not acknowledged: delivered events are never sent again.
            int attempts = sql.fetchOne("select sum(attempts) from connector_deliveries where workspace_id = ?",
                    workspace.value()).get(0, Integer.class);
            assertThat(receiver.received).hasSize(attempts);
        }
    }

    @Test
    void anEventFailingForADayIsADeadLetterAndCanBeReplayed() throws Exception {
        WorkspaceId workspace = WorkspaceId.of("dead-" + UUID.randomUUID().toString().substring(0, 8));
        try (FlakyReceiver receiver = new FlakyReceiver(7, 1.0, 0.0)) {
            Api api = new Api(port, workspace.value());
            JsonNode created = api.post("/api/v1/webhooks/subscriptions", """
                    {"url": "%s", "events": ["churn.crossed"], "churnThreshold": 0.7}""".formatted(receiver.url())).json();
            receiver.secret = created.path("signingSecret").asString();
            Subscription subscription = subscriptions.find(workspace, created.path("subscription").path("id").asString());
            String event = outbox.enqueue(sql, workspace, subscription, EventType.CHURN_CROSSED,
                    Map.of("customerId", "c-1", "churn", 0.82));

            Instant now = clock.instant();
            for (int hour = 0; hour <= 26; hour++) {
                deliveries.deliverDue(now.plus(Duration.ofHours(hour)));
            }
            List<JsonNode> dead = List.copyOf(toList(api.get("/api/v1/webhooks/dead-letters").json()));
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).path("id").asString()).isEqualTo(event);
            assertThat(dead.get(0).path("lastError").asString()).contains("500");
            assertThat(receiver.processed).isEmpty();

            receiver.failBefore = 0;
            assertThat(api.post("/api/v1/webhooks/deliveries/" + event + "/replay", "").status()).isEqualTo(200);
            assertThat(api.post("/api/v1/webhooks/deliveries/" + event + "/replay", "").status()).isEqualTo(409);
            deliveries.deliverDue(clock.instant());
            assertThat(receiver.processed).containsExactly(event);
            assertThat(sql.fetchOne(CONNECTOR_DELIVERIES, CONNECTOR_DELIVERIES.ID.eq(event)).getDeliveredAt()).isNotNull();
            assertThat(api.get("/api/v1/webhooks/dead-letters").json()).isEmpty();
        }
    }

    @Test
    void aSubscriptionNeedsAKnownEventAndAUrl() {
        Api api = new Api(port, "hooks-bad");
        assertThat(api.post("/api/v1/webhooks/subscriptions", """
                {"url": "ftp://x", "events": ["segment.entered"]}""").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/webhooks/subscriptions", """
                {"url": "https://example.com/h", "events": ["order.shipped"]}""").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/webhooks/subscriptions", """
                {"url": "https://example.com/h", "events": ["churn.crossed"]}""").status()).isEqualTo(400);
    }

    private boolean allDone(WorkspaceId workspace) {
        return !sql.fetchExists(CONNECTOR_DELIVERIES, CONNECTOR_DELIVERIES.WORKSPACE_ID.eq(workspace.value())
                .and(CONNECTOR_DELIVERIES.DELIVERED_AT.isNull()).and(CONNECTOR_DELIVERIES.DEAD_AT.isNull()));
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
